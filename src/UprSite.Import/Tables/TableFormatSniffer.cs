using System.Text;

namespace UprSite.Import.Tables;

/// <summary>
/// Tells a file's <see cref="TableFormat"/> from its first bytes. Exports are often saved under the wrong name: an HTML
/// table called .xls, an .xlsx renamed .xls, a tab-separated "Unicode text" called .csv. Reading by content means the
/// user never has to know which.
/// </summary>
public static class TableFormatSniffer
{
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static TableFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Zip))
        {
            return TableFormat.Xlsx;
        }

        if (bytes.StartsWith(Ole2))
        {
            return TableFormat.Xls;
        }

        var opening = TextDecoder.Decode(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart();
        if (!opening.StartsWith('<'))
        {
            return TableFormat.DelimitedText;
        }

        if (opening.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.OrdinalIgnoreCase))
        {
            return TableFormat.SpreadsheetXml;
        }

        return opening.Contains("<html", StringComparison.OrdinalIgnoreCase) || opening.Contains("<table", StringComparison.OrdinalIgnoreCase)
            || opening.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
            ? TableFormat.HtmlTable
            : TableFormat.DelimitedText;
    }

    /// <summary>The encoding an HTML file declares in its first kilobytes (meta charset), if it names one .NET knows.</summary>
    public static Encoding? DeclaredHtmlEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var name = new string(head[(at + 8)..].TrimStart('"', '\'', ' ').TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        TextDecoder.EnsureCodePages();
        try
        {
            return name.Length == 0 ? null : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
