using System.IO.Compression;
using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Import.Tables;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Tables;

/// <summary>
/// Table files of issue 10 that took gigabytes: each refused with UPR0517 before the memory is taken, and damaged
/// workbooks reported as damaged with the file named.
/// </summary>
public sealed class TableBoundsTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Header = "cycle,recommending_state,text,response\n";

    [Fact]
    public void An_xlsx_cell_reference_past_column_XFD_is_refused_without_padding_the_row()
    {
        var workbook = Workbook("""<row r="1"><c r="A1" t="inlineStr"><is><t>text</t></is></c></row><row r="40"><c r="ZZZZZZ40" t="inlineStr"><is><t>x</t></is></c></row>""");

        var error = ReadFile("export.xlsx", workbook);

        Assert.Equal(("UPR0517", 40), (error.Code, error.Line));
        Assert.Contains("past the last column a spreadsheet has (XFD", error.Message, StringComparison.Ordinal);
        Assert.Contains("'export.xlsx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_XFD_itself_is_read()
    {
        var table = XlsxTableReader.Read(Workbook("""<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" t="inlineStr"><is><t>z</t></is></c></row>"""), out _);

        var header = Assert.Single(table!.Rows).Cells;
        Assert.Equal(TableLimits.MaxColumns, header.Count);
        Assert.Equal("z", header[^1]);
    }

    [Fact]
    public void Rows_that_each_reach_far_to_the_right_are_refused_once_their_cells_pass_ten_million()
    {
        var rows = new StringBuilder();
        for (var r = 1; r <= 700; r++)
        {
            rows.Append($"""<row r="{r}"><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>""");
        }

        var error = ReadFile("export.xlsx", Workbook(rows.ToString()));

        Assert.Equal("UPR0517", error.Code);
        Assert.Contains("more than 10,000,000 cells", error.Message, StringComparison.Ordinal);
        Assert.Equal((int)(TableLimits.MaxCells / TableLimits.MaxColumns) + 1, error.Line);
    }

    [Fact]
    public void An_xlsx_row_number_past_excels_last_row_is_refused()
    {
        var error = ReadFile("export.xlsx", Workbook("""<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2000000"><c r="A2000000"><v>1</v></c></row>"""));

        Assert.Equal(("UPR0517", 2_000_000), (error.Code, error.Line));
        Assert.Contains("past the 1,048,576 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_with_more_rows_than_a_spreadsheet_holds_is_refused()
    {
        var error = ReadFile("export.csv", Encoding.ASCII.GetBytes("a\n" + string.Concat(Enumerable.Repeat("1\n", TableLimits.MaxRows + 1))));

        Assert.Equal(("UPR0517", TableLimits.MaxRows + 1), (error.Code, error.Line));
    }

    [Fact]
    public void A_csv_line_of_twenty_thousand_columns_is_refused()
    {
        var error = ReadFile("export.csv", Encoding.ASCII.GetBytes(Header + new string(',', 20_000) + "\n"));

        Assert.Equal(("UPR0517", 2), (error.Code, error.Line));
        Assert.Contains("column 16,385", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_64_megabytes_is_refused_before_it_is_decoded()
    {
        var bytes = new byte[TableLimits.MaxFileBytes + 1];
        Encoding.ASCII.GetBytes(Header).CopyTo(bytes, 0);

        var error = ReadFile("export.csv", bytes);

        Assert.Equal("UPR0517", error.Code);
        Assert.Contains("more than the 64 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_fifty_thousand_rows_for_the_country_are_refused_at_the_first_row_past_the_bound()
    {
        var csv = new StringBuilder(Header);
        for (var i = 0; i < TableLimits.MaxRowsPerCountry + 5; i++)
        {
            csv.Append($"2,France,Adopt law number {i} on land,supported\n");
        }

        var diagnostics = new DiagnosticList();
        var file = Importer.Read(RealExports.File("export.csv", Encoding.ASCII.GetBytes(csv.ToString())), RealExports.Cambodia, diagnostics);

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal(("UPR0517", TableLimits.MaxRowsPerCountry + 2), (error.Code, error.Line));
        Assert.Contains("more than 50,000 rows for Kingdom of Cambodia", error.Message, StringComparison.Ordinal);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void A_damaged_string_table_in_a_real_xls_export_is_reported_as_a_damaged_file_named_by_the_diagnostic()
    {
        // One byte of UPR Info's own export changed: ExcelDataReader then throws InvalidOperationException("Bad SST format").
        var bytes = File.ReadAllBytes(RealExports.UprInfoXls6To9);
        Assert.NotEqual(0x02, bytes[466_242]);
        bytes[466_242] = 0x02;

        var error = ReadFile("6-9.xls", bytes);

        Assert.Equal("UPR0500", error.Code);
        Assert.Equal("6-9.xls", error.File);
        Assert.Contains("'6-9.xls' cannot be read: this file is damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bad SST format", error.Message, StringComparison.Ordinal);
    }

    private static Diagnostic ReadFile(string name, byte[] bytes)
    {
        var diagnostics = new DiagnosticList();
        var file = Importer.ReadAll(RealExports.File(name, bytes), diagnostics);
        Assert.Empty(file.Rows);
        return Assert.Single(diagnostics.Items, d => d.IsError);
    }

    private static byte[] Workbook(string rows)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/workbook.xml", $"""<workbook xmlns="{Main}"><sheets><sheet name="S" sheetId="1"/></sheets></workbook>""");
            Add(zip, "xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""");
        }

        return memory.ToArray();
    }

    private static void Add(ZipArchive zip, string path, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
