namespace UprSite.Import.Tables;

/// <summary>What a recommendations file really holds, found from its first bytes rather than its name.</summary>
public enum TableFormat
{
    /// <summary>Delimited text: comma, semicolon or tab separated, in UTF-8, UTF-16 or Mac Roman.</summary>
    DelimitedText,

    /// <summary>An Office Open XML workbook (a zip), whatever its extension.</summary>
    Xlsx,

    /// <summary>An old binary Excel workbook (an OLE2 compound file).</summary>
    Xls,

    /// <summary>An HTML page holding a table: what many web "Export to xls" buttons save under an .xls name.</summary>
    HtmlTable,

    /// <summary>An Excel 2003 XML spreadsheet, which the tool does not read.</summary>
    SpreadsheetXml,
}
