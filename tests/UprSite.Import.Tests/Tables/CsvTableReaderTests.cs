using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UprSite.Import.Tables;

namespace UprSite.Import.Tests.Tables;

public sealed class CsvTableReaderTests
{
    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Rows_end_at_any_line_break_and_the_last_needs_none(string newline)
    {
        var table = Read($"a,b{newline}1,2{newline}3,4");

        Assert.Equal([["a", "b"], ["1", "2"], ["3", "4"]], table.Rows.Select(r => r.Cells));
        Assert.Equal([1, 2, 3], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks_and_lines_are_still_counted()
    {
        var table = Read("id,text\r1,\"one, two\"\r2,\"say \"\"hi\"\"\"\r3,\"first\rsecond\r\nthird\"\r4,last");

        Assert.Equal("one, two", table.Rows[1][1]);
        Assert.Equal("say \"hi\"", table.Rows[2][1]);
        Assert.Equal("first\nsecond\nthird", table.Rows[3][1]);
        Assert.Equal([1, 2, 3, 4, 7], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Cells_are_trimmed_and_blank_lines_skipped()
    {
        var table = Read("a , b\n\n  x  ,\" y \" \n\n");

        Assert.Equal([["a", "b"], ["x", "y"]], table.Rows.Select(r => r.Cells));
    }

    [Fact]
    public void A_short_row_reads_empty_cells_beyond_its_end()
    {
        var table = Read("a,b,c\n1");
        Assert.Equal(2, table.Rows.Count);
        var row = table.Rows[1];

        Assert.Equal(("1", "", ""), (row[0], row[1], row[2]));
    }

    [Fact]
    public void An_unclosed_quote_makes_the_file_unreadable_and_names_the_line_it_opened_on()
    {
        var table = CsvTableReader.Read("a,b\n1,2\n3,\"never closed\n4,5", out var problem, out var line);

        Assert.Null(table);
        Assert.Equal(3, line);
        Assert.Contains("opened on line 3 is never closed", problem);
    }

    [Fact]
    public void An_empty_file_is_unreadable()
    {
        Assert.Null(CsvTableReader.Read("\n\n", out var problem, out _));
        Assert.Contains("empty", problem);
    }

    [Property(MaxTest = 200)]
    public Property Any_table_written_with_RFC_4180_quoting_reads_back_the_same(NonEmptyArray<NonEmptyArray<string>> generated, bool crOnly)
    {
        var rows = generated.Get
            .Select(r => r.Get.Select(c => (c ?? string.Empty).Replace("\r", string.Empty).Replace('\0', ' ').Trim()).ToArray())
            .Where(r => r.Any(c => c.Length > 0))
            .ToList();
        var newline = crOnly ? "\r" : "\r\n";
        var text = string.Join(newline, rows.Select(r => string.Join(',', r.Select(Quote))));

        var table = CsvTableReader.Read(text, out _, out _);

        var read = table is null ? [] : table.Rows.Select(r => r.Cells).ToList();
        return (rows.Count == read.Count && rows.Zip(read).All(p => p.First.SequenceEqual(p.Second)))
            .Label($"{rows.Count} rows written, {read.Count} read");
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";

    private static RawTable Read(string text) =>
        CsvTableReader.Read(text, out var problem, out _) ?? throw new InvalidOperationException(problem);
}
