using System.Net;
using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import.Tables;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Tables;

/// <summary>
/// Files are read by what they hold, not by their names: the real UPR Info export (sessions 6–9), re-saved in the forms
/// Excel and web exports produce, gives the counts of ../shared/data/README.md every time.
/// </summary>
public sealed class FileFormatTests
{
    private static readonly RawTable UprInfo = CsvTableReader.Read(
        TextDecoder.Decode(File.ReadAllBytes(RealExports.UprInfo6To9)), out _, out _)!;

    public static TheoryData<string, string> SavedForms => new()
    {
        { "semicolon-separated UTF-8 (Excel's CSV under French settings)", "6-9.csv" },
        { "tab-separated UTF-16 with a byte-order mark (Excel's Unicode text)", "6-9.csv" },
        { "an HTML table saved under an .xls name", "6-9.xls" },
        { "tab-separated UTF-8", "6-9.tsv" },
        { "tab-separated UTF-8 under an .xls name", "6-9.xls" },
    };

    [Theory]
    [MemberData(nameof(SavedForms))]
    public void The_UPR_Info_export_saved_another_way_gives_the_same_totals(string form, string name)
    {
        var bytes = form switch
        {
            _ when form.StartsWith("semicolon", StringComparison.Ordinal) => Encoding.UTF8.GetBytes(Delimited(';')),
            _ when form.Contains("UTF-16", StringComparison.Ordinal) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Delimited('\t'))],
            _ when form.StartsWith("an HTML", StringComparison.Ordinal) => Encoding.UTF8.GetBytes(Html("utf-8")),
            _ => Encoding.UTF8.GetBytes(Delimited('\t')),
        };

        var (file, diagnostics) = Read(name, bytes);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal("UPR Info database export", file.Layout);
        Assert.Equal((8_343, 6_206, 2_137, 63), (file.Rows.Count, file.Rows.Count(r => r.Response == Response.Supported),
            file.Rows.Count(r => r.Response == Response.Noted), file.StatesUnderReview));
        Assert.Equal(138, file.Rows.Count(r => r.StateUnderReview == "Cambodia" && r.Session == 6));
    }

    [Fact]
    public void An_HTML_export_written_on_one_line_keeps_every_row_a_recommendation_of_its_own()
    {
        var (file, diagnostics) = Read("6-9.xls", Encoding.UTF8.GetBytes(Html("utf-8", rowEnd: string.Empty)), RealExports.Cambodia);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(138, file.Rows.Count);
        Assert.Equal(138, file.Rows.Select(r => r.Source.Row).Distinct().Count());
        Assert.Equal(138, file.Rows.Select(r => RecommendationKey.Of(r.Document, r.Paragraph, r.Source, r.Text)).Distinct().Count());
    }

    [Fact]
    public void The_DIHR_workbook_renamed_xls_is_still_read_as_a_workbook()
    {
        var (file, diagnostics) = Read("upr2.xls", File.ReadAllBytes(RealExports.DihrCycle2), RealExports.Cambodia);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal((205, 163), (file.Rows.Count, file.Rows.Count(r => r.Response == Response.Supported)));
    }

    [Theory]
    [InlineData("upr2.docx", false, 205)]
    [InlineData("upr2.doc", false, 205)]
    [InlineData("6-9.doc", true, 138)]
    [InlineData("6-9.docx", true, 138)]
    public void A_workbook_under_a_Word_name_is_read_as_the_workbook_it_is(string name, bool binaryXls, int cambodia)
    {
        var (file, diagnostics) = Read(name, File.ReadAllBytes(binaryXls ? RealExports.UprInfoXls6To9 : RealExports.DihrCycle2), RealExports.Cambodia);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(cambodia, file.Rows.Count);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code is "UPR0520" or "UPR0521");
    }

    [Theory]
    [InlineData("17-20.docx")]
    [InlineData("17-20.doc")]
    public void A_CSV_file_under_a_Word_name_is_read_as_the_CSV_it_is_with_a_warning_about_the_name(string name)
    {
        var (file, diagnostics) = Read(name, File.ReadAllBytes(RealExports.UprInfo17To20), RealExports.Cambodia);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(("UPR Info database export", 205), (file.Layout, file.Rows.Count));
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "UPR0576");
        Assert.Contains($"'{name}' is named as a Word document but holds text in columns (a CSV file)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_holding_a_non_character_is_looked_at_for_a_matrix_header_without_throwing()
    {
        var (_, diagnostics) = Read("rows.csv", Encoding.UTF8.GetBytes("id,text\uFFFE,position\nr1,Ratify the protocol,Supported\n"), RealExports.Cambodia);

        Assert.Contains(diagnostics.Items, d => d.Code == "UPR0501");
    }

    [Fact]
    public void Text_that_is_no_table_under_a_Word_name_is_still_an_unreadable_Word_document()
    {
        var (_, diagnostics) = Read("notes.docx", Encoding.UTF8.GetBytes("These are my notes about the review.\nNothing in columns.\n"), RealExports.Cambodia);

        Assert.Equal("UPR0520", Assert.Single(diagnostics.Items, d => d.IsError).Code);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "UPR0576");
    }

    [Fact]
    public void An_HTML_table_is_decoded_in_the_charset_it_declares_and_rows_keep_their_line()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><table>\n"
            + "<tr><th>id</th><th>session</th><th>recommending_state</th><th>text</th><th>response</th></tr>\n"
            + "<tr><td>r1</td><td>18</td><td>C\u00f4te d'Ivoire</td><td>Ratify the<br>protocol</td><td>Accepted</td></tr>\n"
            + "</table></body></html>";
        TextDecoder.EnsureCodePages();

        var table = HtmlTableReader.Read(Encoding.GetEncoding(1252).GetBytes(html), out var problem)!;

        Assert.Null(problem);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["id", "session", "recommending_state", "text", "response"], table.Rows[0].Cells);
        var row = table.Rows[1];
        Assert.Equal((3, "C\u00f4te d'Ivoire", "Ratify the protocol"), (row.Line, row[2], row[3]));
    }

    [Fact]
    public void An_HTML_table_without_a_charset_skips_a_layout_table_and_falls_back_to_windows_1252()
    {
        var html = "<html><body><table><tr><td>UPR Info</td></tr></table><table>\n"
            + "<tr><th>id</th><th>session</th><th>recommending_state</th><th>text</th><th>response</th></tr>\n"
            + "<tr><td>r1</td><td>18</td><td>T\u00fcrkiye</td><td>Ratify the protocol</td><td>Accepted</td></tr>\n"
            + "</table></body></html>";
        TextDecoder.EnsureCodePages();

        var table = HtmlTableReader.Read(Encoding.GetEncoding(1252).GetBytes(html), out var problem)!;

        Assert.Null(problem);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("id", table.Rows[0][0]);
        Assert.Equal("T\u00fcrkiye", table.Rows[1][2]);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>", "Excel 2003 XML spreadsheet")]
    [InlineData("<!DOCTYPE html><html><body><p>Session expired</p></body></html>", "HTML page without a table")]
    public void A_file_that_holds_no_readable_table_is_an_error_that_says_what_it_is(string content, string says)
    {
        var (_, diagnostics) = Read("export.xls", Encoding.UTF8.GetBytes(content));

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal("UPR0500", error.Code);
        Assert.Contains(says, error.Message);
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3", ',')]
    [InlineData("a;b;c\n1,5;2;3", ';')]
    [InlineData("a\tb\tc\n1\t2\t3", '\t')]
    [InlineData("\"a;b\",c\n1,2", ',')]
    [InlineData("a,b;c", ',')]
    [InlineData("\n\na;b\n", ';')]
    public void The_separator_is_the_one_the_header_row_holds_most_often(string text, char separator) =>
        Assert.Equal(separator, CsvTableReader.Separator(text));

    private static (RecommendationFile File, DiagnosticList Diagnostics) Read(string name, byte[] bytes, Core.Model.Country? country = null) =>
        country is null ? RealExports.ReadAll(RealExports.File(name, bytes)) : RealExports.ReadFor(country, RealExports.File(name, bytes));

    private static IEnumerable<IReadOnlyList<string>> AllRows() => UprInfo.Rows.Select(r => r.Cells);

    private static string Delimited(char separator) =>
        string.Join("\r\n", AllRows().Select(cells => string.Join(separator, cells.Select(Quote))));

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Html(string charset, string rowEnd = "\n")
    {
        var html = new StringBuilder($"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>Export</title></head><body><table>\n");
        foreach (var cells in AllRows())
        {
            html.Append("<tr>").AppendJoin(string.Empty, cells.Select(c => $"<td>{WebUtility.HtmlEncode(c).Replace("\n", "<br>", StringComparison.Ordinal)}</td>")).Append("</tr>").Append(rowEnd);
        }

        return html.Append("</table></body></html>").ToString();
    }
}
