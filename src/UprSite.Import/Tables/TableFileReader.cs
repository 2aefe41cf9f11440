using UprSite.Core.Diagnostics;

namespace UprSite.Import.Tables;

/// <summary>
/// Reads a recommendations file into a <see cref="RawTable"/> with the reader its content calls for
/// (<see cref="TableFormatSniffer"/>): delimited text, .xlsx, .xls, or an HTML table saved as .xls. Whatever cannot
/// be read, or is past the <see cref="TableLimits"/>, is reported and gives null.
/// </summary>
public static class TableFileReader
{
    /// <summary>The file's table, read by what it holds rather than by its extension.</summary>
    public static RawTable? Read(ImportFile file, RowReporter reporter)
    {
        var textUnderWordName = IsWordName(file.Path) && HoldsTable(file.Bytes);
        if (!IsTableFile(file.Path) && !HoldsWorkbook(file.Bytes) && !textUnderWordName)
        {
            reporter.Error(DiagnosticCodes.UnsupportedRecommendationFile,
                $"'{Path.GetFileName(file.Path)}' is not a .csv, .tsv, .xlsx, .xls or .docx file; move it out of recommendations/ or save it in one of those formats");
            return null;
        }

        if (textUnderWordName)
        {
            reporter.Warning(DiagnosticCodes.MisnamedRecommendationFile,
                $"'{Path.GetFileName(file.Path)}' is named as a Word document but holds text in columns (a CSV file): it is read as one; rename it to .csv so that other programs open it right");
        }

        try
        {
            TableLimits.CheckSize(file.Bytes.LongLength);
            return ReadKnownTable(file, reporter);
        }
        catch (TableLimitException e)
        {
            reporter.Error(DiagnosticCodes.RecommendationFileTooLarge, $"'{Path.GetFileName(file.Path)}' is refused: {e.Message}", e.Line);
            return null;
        }
    }

    private static RawTable? ReadKnownTable(ImportFile file, RowReporter reporter)
    {
        string? problem = null;
        var line = 0;
        var table = TableFormatSniffer.Detect(file.Bytes) switch
        {
            TableFormat.Xlsx => XlsxTableReader.Read(file.Bytes, out problem),
            TableFormat.Xls => XlsTableReader.Read(file.Bytes, out problem),
            TableFormat.HtmlTable => HtmlTableReader.Read(file.Bytes, out problem),
            TableFormat.SpreadsheetXml => Unreadable("it is an Excel 2003 XML spreadsheet; open it in a spreadsheet program and save it again as .xlsx or .csv", out problem),
            // Not recognised, and not a table of text: the reader its name implies (which also reads the old BIFF
            // .xls that has no OLE2 container) gets the last word, and its reason goes to the user.
            _ when IsWorkbookName(file.Path) && !LooksTabular(file.Bytes) => Path.GetExtension(file.Path).ToLowerInvariant() == ".xls"
                ? XlsTableReader.Read(file.Bytes, out problem)
                : XlsxTableReader.Read(file.Bytes, out problem),
            _ => CsvTableReader.Read(DecodeText(file, reporter), out problem, out line),
        };
        if (table is null)
        {
            reporter.Error(DiagnosticCodes.UnreadableRecommendationFile, $"'{Path.GetFileName(file.Path)}' cannot be read: {problem}", line);
        }

        return table;
    }

    private static string DecodeText(ImportFile file, RowReporter reporter)
    {
        var decoded = TextDecoder.Read(file.Bytes);
        if (decoded.Uncertain)
        {
            reporter.Warning(DiagnosticCodes.UncertainTextEncoding,
                $"'{Path.GetFileName(file.Path)}' was read as {decoded.Encoding}, but its accented letters fit windows-1252 and Mac Roman almost equally well; "
                + "check the names with accents on the built pages, and save the file as UTF-8 (CSV UTF-8 in Excel) to be sure");
        }

        return decoded.Text;
    }

    private static bool IsWorkbookName(string path) => Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".xls";

    /// <summary>Text under a workbook's name is read as a table only when its first row has at least three columns.</summary>
    private static bool LooksTabular(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes);
        var separator = CsvTableReader.Separator(text);
        var opening = text.AsSpan().TrimStart();
        var end = opening.IndexOfAny('\r', '\n');
        return (end < 0 ? opening : opening[..end]).Count(separator) >= 2;
    }

    private static bool IsTableFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".tsv" or ".xlsx" or ".xls";

    /// <summary>
    /// A Word document under any name, or a file named as one that holds no workbook and no text in columns: read as a
    /// matrix, never as a table. A workbook or a CSV renamed .doc or .docx is read as what it is.
    /// </summary>
    public static bool IsWordDocument(ImportFile file) =>
        WordDocumentSniffer.Detect(file.Bytes) != WordDocumentKind.None
        || (IsWordName(file.Path) && !HoldsWorkbook(file.Bytes) && !HoldsTable(file.Bytes));

    private static bool IsWordName(string path) => Path.GetExtension(path).ToLowerInvariant() is ".docx" or ".doc";

    /// <summary>Text in columns, not a zip or compound file (a damaged Word document stays one).</summary>
    private static bool HoldsTable(byte[] bytes) =>
        !(bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K')
        && !(bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        && TableFormatSniffer.Detect(bytes) is not (TableFormat.HtmlTable or TableFormat.SpreadsheetXml)
        && LooksTabular(bytes);

    private static bool HoldsWorkbook(byte[] bytes) => TableFormatSniffer.Detect(bytes) is TableFormat.Xlsx or TableFormat.Xls;

    private static RawTable? Unreadable(string why, out string? problem)
    {
        problem = why;
        return null;
    }
}
