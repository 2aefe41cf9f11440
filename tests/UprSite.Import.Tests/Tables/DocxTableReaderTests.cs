using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using UprSite.Core.Diagnostics;
using UprSite.Import.Tables;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Tables;

public sealed class DocxTableReaderTests
{
    [Fact]
    public void Reads_rows_of_cells_with_a_cell_paragraphs_as_lines()
    {
        var bytes = Docx.WithTable(Docx.Row("Head one", "Head two"), Docx.Row("first line\n\n  second   line ", "x"));

        var table = Assert.Single(Read(bytes));

        Assert.Equal(1, table.Number);
        Assert.Equal([1, 2], table.Rows.Select(r => r.Number));
        var cell = table.Rows[1].Cells[0];
        Assert.Equal(["first line", "second line"], cell.Lines);
        Assert.Equal("first line\nsecond line", cell.Text);
        Assert.Equal("x", table.Rows[1].CellAt(2)?.Text);
    }

    [Fact]
    public void Numbers_cells_by_grid_column_across_spans()
    {
        var bytes = Docx.WithTable(Docx.Row("a", "b", "c"), Docx.Row(Docx.Cell("wide", span: 2), Docx.Cell("c2")), Docx.Spanning("all", 3));

        var rows = Assert.Single(Read(bytes)).Rows;

        Assert.Equal([1, 3], rows[1].Cells.Select(c => c.Column));
        Assert.Equal("wide", rows[1].CellAt(2)?.Text);
        Assert.Equal("c2", rows[1].CellAt(3)?.Text);
        Assert.Equal(3, Assert.Single(rows[2].Cells).Span);
    }

    [Fact]
    public void A_vertically_merged_cell_repeats_the_text_where_the_merge_starts()
    {
        var bytes = Docx.WithTable(
            Docx.Row(Docx.Cell("r1"), Docx.Cell("Supported", verticalMerge: MergedCellValues.Restart)),
            Docx.Row(Docx.Cell("r2"), Docx.Cell(string.Empty, verticalMerge: MergedCellValues.Continue)),
            Docx.Row(Docx.Cell("r3"), Docx.Cell("Noted")));

        var rows = Assert.Single(Read(bytes)).Rows;

        Assert.Equal("Supported", rows[1].CellAt(2)?.Text);
        Assert.True(rows[1].CellAt(2)?.MergedFromAbove);
        Assert.False(rows[0].CellAt(2)?.MergedFromAbove);
        Assert.Equal("Noted", rows[2].CellAt(2)?.Text);
    }

    [Fact]
    public void Counts_body_tables_in_order_and_keeps_a_nested_table_inside_its_cell()
    {
        var outer = Docx.Table(Docx.Row("outer"));
        outer.GetFirstChild<TableRow>()!.GetFirstChild<TableCell>()!.Append(Docx.Table(Docx.Row("inner")), Docx.Paragraph(string.Empty));
        var bytes = Docx.Document(Docx.Paragraph("before"), outer, Docx.Paragraph("between"), Docx.Table(Docx.Row("second")));

        var tables = Read(bytes);

        Assert.Equal([1, 2], tables.Select(t => t.Number));
        Assert.Equal(["outer", "inner"], tables[0].Rows[0].Cells[0].Lines);
        Assert.Equal("second", tables[1].Rows[0].Cells[0].Text);
    }

    [Fact]
    public void Reads_rows_and_cells_inside_content_controls()
    {
        var table = Docx.Table(Docx.Row("plain"));
        table.Append(new SdtRow(new SdtContentRow(Docx.Row("in a control"))));
        table.Append(new TableRow(Docx.Cell("a"), new SdtCell(new SdtContentCell(Docx.Cell("b")))));

        var rows = Assert.Single(Read(Docx.Document(table))).Rows;

        Assert.Equal(["plain", "in a control", "a b"], rows.Select(r => string.Join(' ', r.Cells.Select(c => c.Text))));
        Assert.Equal(2, rows[2].CellAt(2)?.Column);
    }

    [Fact]
    public void A_document_without_tables_has_none()
    {
        Assert.Empty(Read(Docx.Document(Docx.Paragraph("only text"))));
    }

    [Fact]
    public void A_Word_97_document_is_named_as_one()
    {
        var diagnostics = new DiagnosticList();
        Assert.Null(DocxTableReader.Read(Ole2.WithStream("WordDocument"), "matrix.xlsx", diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.WordDocumentIsDoc.Id, error.Code);
        Assert.Contains("Word 97 document", error.Message, StringComparison.Ordinal);
        Assert.Contains("save it as .docx (File → Save As → Word Document)", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> DamagedFiles => ["text", "truncated", "workbook", "bad-xml", "no-main-part", "empty"];

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void A_file_that_is_no_readable_docx_is_an_error_never_an_exception(string kind)
    {
        var diagnostics = new DiagnosticList();

        var tables = DocxTableReader.Read(Damaged(kind), "matrix.docx", diagnostics);

        Assert.Null(tables);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.UnreadableWordDocument.Id, error.Code);
        Assert.Equal("matrix.docx", error.File);
        Assert.True(error.IsError);
    }

    private static byte[] Damaged(string kind) => kind switch
    {
        "text" => Encoding.UTF8.GetBytes("Recommendation,Position\n186.1,Noted\n"),
        "truncated" => File.ReadAllBytes(RepoPaths.ChinaMatrix)[..40_000],
        "workbook" => File.ReadAllBytes(Path.Combine(RepoPaths.SharedData, "dihr-sdg-explorer", "upr1.xlsx")),
        "bad-xml" => Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Relationships), ("word/document.xml", "<w:document xmlns:w=\"x\"><w:body>")),
        "no-main-part" => Zip(("[Content_Types].xml", ContentTypes), ("word/styles.xml", "<x/>")),
        _ => [],
    };

    private const string ContentTypes =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Relationships =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static IReadOnlyList<WordTable> Read(byte[] bytes)
    {
        var diagnostics = new DiagnosticList();
        var tables = DocxTableReader.Read(bytes, "test.docx", diagnostics);
        Assert.Empty(diagnostics.Items);
        return Assert.IsAssignableFrom<IReadOnlyList<WordTable>>(tables);
    }
}
