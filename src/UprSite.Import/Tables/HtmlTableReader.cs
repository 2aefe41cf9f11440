using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace UprSite.Import.Tables;

/// <summary>
/// Reads the first table of an HTML page whose first row has at least three filled cells (a logo or layout table
/// before it is skipped): its first row is the header. Web databases' "Export to xls"
/// buttons often save such a page under an .xls name, and Excel opens it as a sheet. A cell's line breaks
/// (&lt;br&gt;) become spaces; rows keep the line they start on in the file, for diagnostics — unless the page puts
/// two rows on one line (a minified export writes the whole table on one), where each row is numbered by its place
/// in the table instead (the header is row 1), since a row's number is also what tells apart the recommendations
/// of rows without a paragraph number.
/// </summary>
public static class HtmlTableReader
{
    /// <summary>The table, or null with <paramref name="problem"/> when the page holds no table.</summary>
    public static RawTable? Read(byte[] bytes, out string? problem)
    {
        problem = null;
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(Decode(bytes));
        var table = document.QuerySelectorAll("table").OfType<IHtmlTableElement>()
            .FirstOrDefault(t => t.Rows.FirstOrDefault()?.Cells.Count(c => CellText(c).Length > 0) >= 3);
        if (table is null)
        {
            problem = "it is an HTML page without a table of at least three columns; export the recommendations again, or save them as .xlsx or .csv";
            return null;
        }

        var lines = table.Rows.Select(row => row.SourceReference?.Position.Line ?? 0).ToList();
        var ownLines = lines.Distinct().Count() == lines.Count;
        var rows = table.Rows
            .Select((row, index) => new RawRow(ownLines ? lines[index] : index + 1, row.Cells.Select(CellText).ToArray()))
            .Where(row => !row.IsBlank)
            .ToList();
        if (rows.Count == 0)
        {
            problem = "its table is empty; it needs a header row naming its columns (see docs/formats.md)";
            return null;
        }

        return new RawTable(rows);
    }

    /// <summary>As a browser would: a byte-order mark, then the declared charset (UTF-16 read as UTF-8), then UTF-8 when
    /// the bytes are valid UTF-8, else windows-1252.</summary>
    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]) || bytes.AsSpan().StartsWith([(byte)0xFF, (byte)0xFE])
            || bytes.AsSpan().StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return TextDecoder.Decode(bytes);
        }

        if (TableFormatSniffer.DeclaredHtmlEncoding(bytes) is { } declared)
        {
            return (declared.CodePage is 1200 or 1201 ? Encoding.UTF8 : declared).GetString(bytes);
        }

        TextDecoder.EnsureCodePages();
        return System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static string CellText(IHtmlTableCellElement cell)
    {
        foreach (var lineBreak in cell.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(cell.Owner!.CreateTextNode(" "));
        }

        var text = new StringBuilder();
        foreach (var c in cell.TextContent)
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString().Trim();
    }
}
