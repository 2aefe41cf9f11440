using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace UprSite.Build.Parsing.Recommendations;

/// <summary>
/// Reads the first table of an HTML page as a table: its first row is the header. Web databases' "Export to xls"
/// buttons often save such a page under an .xls name, and Excel opens it as a sheet. A cell's line breaks
/// (&lt;br&gt;) become spaces; rows keep the line they start on in the file, for diagnostics.
/// </summary>
public static class HtmlTableReader
{
    /// <summary>The table, or null with <paramref name="problem"/> when the page holds no table.</summary>
    public static DataTable? Read(byte[] bytes, out string? problem)
    {
        problem = null;
        var encoding = TableFormatSniffer.DeclaredHtmlEncoding(bytes);
        var text = encoding is null ? TextDecoder.Decode(bytes) : encoding.GetString(bytes);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(text);
        if (document.QuerySelector("table") is not IHtmlTableElement table)
        {
            problem = "it is an HTML page without a table; export the recommendations again, or save them as .xlsx or .csv";
            return null;
        }

        var rows = table.Rows
            .Select(row => new TableRow(row.SourceReference?.Position.Line ?? 0, row.Cells.Select(CellText).ToArray()))
            .Where(row => !row.IsBlank)
            .ToList();
        if (rows.Count == 0)
        {
            problem = "its table is empty; it needs a header row naming its columns (see docs/formats.md)";
            return null;
        }

        return new DataTable(rows[0].Cells, rows[0].Line, rows.Skip(1).ToList());
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
