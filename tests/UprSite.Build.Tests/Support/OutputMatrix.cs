using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprSite.Build.Tests.Support;

/// <summary>The output matrix (.docx) read back through the Open XML SDK, as Word shows it.</summary>
public static class OutputMatrix
{
    /// <summary>The first cell of each row of the document's largest table, header included, one line a paragraph.</summary>
    public static List<string> FirstCells(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return LargestTable(document).Elements<TableRow>()
            .Select(r => string.Join("\n", r.Elements<TableCell>().First().Elements<Paragraph>().Select(p => p.InnerText)))
            .ToList();
    }

    /// <summary>The recommendations of the matrix: rows of its largest table that are neither its header nor a "Theme: …" row.</summary>
    public static int Entries(byte[] docx) =>
        FirstCells(docx).Skip(1).Count(cell => !cell.StartsWith("Theme: ", StringComparison.Ordinal));

    /// <summary>The text of every table cell, trimmed.</summary>
    public static List<string> Cells(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<TableCell>().Select(c => c.InnerText.Trim()).ToList();
    }

    /// <summary>The document's paragraphs outside its tables (title, review, notes), joined by '\n'.</summary>
    public static string Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join('\n', document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    private static Table LargestTable(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Descendants<Table>().MaxBy(t => t.Elements<TableRow>().Count())!;
}
