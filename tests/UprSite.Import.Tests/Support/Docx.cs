using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprSite.Import.Tests.Support;

/// <summary>
/// Builds small .docx files in memory for spec-style tests. A cell's text is split at '\n' into paragraphs, as Word
/// keeps the lines of a cell.
/// </summary>
public static class Docx
{
    public static byte[] Document(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A document whose page heading reads <paramref name="heading"/>, holding one table with these rows.</summary>
    public static byte[] WithHeading(string heading, params TableRow[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph(heading), Paragraph("Thematic list of recommendations"));
            header.Header.Save();
            var reference = new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) };
            main.Document = new Document(new Body(Table(rows), new SectionProperties(reference)));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A document holding one table with these rows.</summary>
    public static byte[] WithTable(params TableRow[] rows) => Document(Table(rows));

    public static Table Table(params TableRow[] rows) => new([new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto }), .. rows]);

    public static TableRow Row(params string[] cells) => new(cells.Select(c => Cell(c)));

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A row of one cell spanning <paramref name="span"/> grid columns (a "Theme: …" row).</summary>
    public static TableRow Spanning(string text, int span) => new(Cell(text, span));

    public static TableCell Cell(string text, int span = 1, MergedCellValues? verticalMerge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (verticalMerge is { } merge)
        {
            properties.Append(new VerticalMerge { Val = merge });
        }

        var paragraphs = text.Length == 0 ? [new Paragraph()] : text.Split('\n').Select(Paragraph);
        return new TableCell([properties, .. paragraphs]);
    }

    public static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
