using System.Buffers.Text;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Xml;

namespace UprSite.Import.Tables;

/// <summary>
/// Reads the first worksheet of an .xlsx workbook as a table. The worksheet and shared strings go through a small
/// scanner (<see cref="XmlTokenScanner"/>): a 36,000-row export in a fraction of the time a general spreadsheet library
/// or XML reader takes. Cell text comes from the shared strings, inline strings or the raw value; formulas are read by
/// their cached value. Rows are numbered as the sheet numbers them.
/// </summary>
public static class XlsxTableReader
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // A worksheet part is about 400 bytes per row of an export; this allows a million rows and stops a zip bomb.
    private const long MaxPartBytes = 512L * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreProcessingInstructions = true, CheckCharacters = false,
    };

    /// <summary>The table, or null with <paramref name="problem"/> when the workbook cannot be read.</summary>
    public static RawTable? Read(byte[] bytes, out string? problem)
    {
        problem = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var sheetPath = FirstSheetPath(zip);
            var sheet = sheetPath is null ? null : zip.GetEntry(sheetPath);
            if (sheet is null)
            {
                problem = "the workbook has no worksheet; open it in a spreadsheet program and save it again as .xlsx";
                return null;
            }

            var strings = SharedStrings(zip);
            var rows = SheetRows(sheet, strings);
            if (rows.Count == 0)
            {
                problem = "the first worksheet is empty; it needs a header row naming its columns (see docs/formats.md)";
                return null;
            }

            return new RawTable(rows);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or ArgumentException)
        {
            // A damaged or foreign file shows up as a bad zip or bad XML: for us that is the user's file, not a bug.
            problem = $"this file is damaged or is not an .xlsx workbook ({e.Message.TrimEnd('.')}); open it in a spreadsheet program and save it again as .xlsx";
            return null;
        }
    }

    private static string? FirstSheetPath(ZipArchive zip)
    {
        string? relationId = null;
        using (var workbook = Open(zip, "xl/workbook.xml"))
        {
            if (workbook is null)
            {
                return null;
            }

            while (workbook.Read() && relationId is null)
            {
                if (workbook.NodeType == XmlNodeType.Element && workbook.LocalName == "sheet")
                {
                    relationId = workbook.GetAttribute("id", RelationshipNamespace);
                }
            }
        }

        using var relations = Open(zip, "xl/_rels/workbook.xml.rels");
        while (relations is not null && relationId is not null && relations.Read())
        {
            if (relations.NodeType == XmlNodeType.Element && relations.LocalName == "Relationship" && relations.GetAttribute("Id") == relationId)
            {
                var target = relations.GetAttribute("Target") ?? string.Empty;
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return zip.GetEntry("xl/worksheets/sheet1.xml") is null ? null : "xl/worksheets/sheet1.xml";
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return strings;
        }

        var xml = new XmlTokenScanner(ReadAll(entry));
        var text = new TextCollector();
        var inText = false;
        var phonetic = false;
        while (xml.Next() != XmlTokenKind.End)
        {
            switch (xml.Kind)
            {
                case XmlTokenKind.StartElement when xml.IsNamed("si"u8):
                    text.Take();
                    if (xml.IsEmptyElement)
                    {
                        strings.Add(string.Empty);
                    }

                    break;
                case XmlTokenKind.StartElement when xml.IsNamed("rPh"u8):
                    phonetic = !xml.IsEmptyElement;
                    break;
                case XmlTokenKind.StartElement when xml.IsNamed("t"u8):
                    inText = !xml.IsEmptyElement && !phonetic;
                    break;
                case XmlTokenKind.EndElement when xml.IsNamed("si"u8):
                    strings.Add(text.Take());
                    break;
                case XmlTokenKind.EndElement when xml.IsNamed("rPh"u8):
                    phonetic = false;
                    break;
                case XmlTokenKind.EndElement when xml.IsNamed("t"u8):
                    inText = false;
                    break;
                case XmlTokenKind.Text when inText:
                    text.Append(xml.Text());
                    break;
            }
        }

        return strings;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<RawRow> SheetRows(ZipArchiveEntry sheet, List<string> strings)
    {
        var rows = new List<RawRow>();
        var xml = new XmlTokenScanner(ReadAll(sheet));
        var cells = new List<string>();
        var cell = new CellReader(strings);
        var line = 0;
        var cellsHeld = 0L;
        while (xml.Next() != XmlTokenKind.End)
        {
            switch (xml.Kind)
            {
                case XmlTokenKind.StartElement when xml.IsNamed("row"u8):
                    line = Utf8Parser.TryParse(xml.RawAttribute("r"u8), out int r, out _) && r > 0 ? r : line + 1;
                    TableLimits.Check(line, 0, cellsHeld);
                    cells.Clear();
                    break;
                case XmlTokenKind.StartElement when xml.IsNamed("c"u8):
                    var column = ColumnIndex(xml.RawAttribute("r"u8)) ?? cells.Count;

                    // A cell far to the right pads the row with empty cells up to it: bounded before they are made.
                    TableLimits.Check(line, column + 1L, cellsHeld + column + 1L);
                    while (cells.Count < column)
                    {
                        cells.Add(string.Empty);
                    }

                    cell.Start(xml.RawAttribute("t"u8));
                    if (xml.IsEmptyElement)
                    {
                        cells.Add(string.Empty);
                    }

                    break;
                case XmlTokenKind.EndElement when xml.IsNamed("c"u8):
                    cells.Add(cell.Finish());
                    break;
                case XmlTokenKind.EndElement when xml.IsNamed("row"u8):
                    cellsHeld += cells.Count;
                    var row = new RawRow(line, cells.ToArray());
                    if (!row.IsBlank)
                    {
                        rows.Add(row);
                    }

                    break;
                default:
                    cell.Read(xml);
                    break;
            }
        }

        return rows;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxPartBytes)
        {
            throw new InvalidDataException($"the part {entry.FullName} is larger than {MaxPartBytes / (1024 * 1024)} MB");
        }

        var bytes = new byte[entry.Length];
        using var stream = entry.Open();
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>"C12" → 2 (0-based); null when the reference is missing; past the last column, the first one after it.</summary>
    private static int? ColumnIndex(ReadOnlySpan<byte> reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < (byte)'A' or > (byte)'Z')
            {
                break;
            }

            index = Math.Min((index * 26) + (c - 'A' + 1), TableLimits.MaxColumns + 1);
        }

        return index == 0 ? null : index - 1;
    }

    private static XmlReader? Open(ZipArchive zip, string path) =>
        zip.GetEntry(path) is { } entry ? XmlReader.Create(entry.Open(), Settings) : null;
}
