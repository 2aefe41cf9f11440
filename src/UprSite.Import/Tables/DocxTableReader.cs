using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UprSite.Core.Diagnostics;

namespace UprSite.Import.Tables;

/// <summary>
/// Reads the tables of a .docx held in memory into <see cref="WordTable"/>s: rows of cells, each cell's paragraphs as
/// lines; rows and cells wrapped in content controls count as the others. Anything that is not a readable .docx (a Word 97 .doc, a workbook, a damaged zip) becomes a diagnostic.
/// </summary>
public static class DocxTableReader
{
    /// <summary>The body's tables in document order; null, with an error in <paramref name="diagnostics"/>, when unreadable.</summary>
    public static IReadOnlyList<WordTable>? Read(byte[] bytes, string file, DiagnosticList diagnostics)
    {
        switch (WordDocumentSniffer.Detect(bytes))
        {
            case WordDocumentKind.Doc:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WordDocumentIsDoc,
                    "this is a Word 97 document (.doc, Word 97-2003), whatever its name, and only .docx can be read; open it in Word "
                    + "and save it as .docx (File → Save As → Word Document), or in LibreOffice as 'Word 2007-365 (.docx)'", file));
                return null;
            case WordDocumentKind.None:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableWordDocument,
                    "this file is not a Word document (.docx); if it is one, open it in Word and save it again as .docx", file));
                return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.MainDocumentPart is not { } main)
            {
                return Damaged(file, "it has no main document part", diagnostics);
            }

            var body = main.Document?.Body;
            return body is null ? [] : ReadTables(body);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException
                                       or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return Damaged(file, e.Message.TrimEnd('.'), diagnostics);
        }
    }

    private static List<WordTable>? Damaged(string file, string why, DiagnosticList diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableWordDocument,
            $"this Word document is damaged and cannot be read ({why}); open it in Word, let Word repair it, "
            + "and save it again as .docx", file));
        return null;
    }

    private static List<WordTable> ReadTables(Body body)
    {
        var tables = body.Descendants<Table>().Where(t => !t.Ancestors<Table>().Any()).ToList();
        var read = new List<WordTable>();
        var before = 0;
        foreach (var table in tables)
        {
            var rows = ReadRows(table, before);
            read.Add(new WordTable(read.Count + 1, rows));
            before += rows.Count;
        }

        return read;
    }

    private static List<WordTableRow> ReadRows(Table table, int rowsBefore)
    {
        var rows = new List<WordTableRow>();
        IReadOnlyList<WordTableCell> above = [];
        foreach (var row in table.Descendants<TableRow>().Where(r => ReferenceEquals(r.Ancestors<Table>().First(), table)))
        {
            var cells = ReadCells(row, above);
            rows.Add(new WordTableRow(rowsBefore + rows.Count + 1, cells));
            above = cells;
        }

        return rows;
    }

    private static List<WordTableCell> ReadCells(TableRow row, IReadOnlyList<WordTableCell> above)
    {
        var cells = new List<WordTableCell>();
        var column = 1 + (row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
        foreach (var cell in row.Descendants<TableCell>().Where(c => ReferenceEquals(c.Ancestors<TableRow>().First(), row)))
        {
            var properties = cell.TableCellProperties;
            var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
            var merge = properties?.VerticalMerge;
            var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            var lines = continues
                ? above.FirstOrDefault(c => c.Column == column)?.Lines ?? []
                : CellLines(cell);
            cells.Add(new WordTableCell(column, span, lines, continues));
            column += span;
        }

        return cells;
    }

    private static List<string> CellLines(TableCell cell) =>
        cell.Descendants<Paragraph>()
            .SelectMany(ParagraphLines)
            .Select(CollapseSpaces)
            .Where(line => line.Length > 0)
            .ToList();

    /// <summary>The paragraph's text; a manual line break inside it starts a new line.</summary>
    private static IEnumerable<string> ParagraphLines(Paragraph paragraph)
    {
        var text = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            var piece = element switch
            {
                Text t => t.Text,
                TabChar or PositionalTab => " ",
                Break or CarriageReturn => "\n",
                NoBreakHyphen => "-",
                _ => null,
            };
            if (piece is not null && ReferenceEquals(element.Ancestors<Paragraph>().FirstOrDefault(), paragraph))
            {
                text.Append(piece);
            }
        }

        return text.ToString().Split('\n');
    }

    private static string CollapseSpaces(string line) =>
        string.Join(' ', line.Split([' ', '\u00A0', '\t', '\u2007', '\u202F'], StringSplitOptions.RemoveEmptyEntries));
}
