using System.IO.Compression;
using System.Xml;

namespace UprSite.Build.Parsing.Recommendations;

/// <summary>
/// Reads the first worksheet of an .xlsx workbook as a table, streaming its XML (a 36,000-row export in a fraction of
/// the time a general spreadsheet library takes). Cell text comes from the shared strings, inline strings or the raw
/// value; formulas are read by their cached value. Rows are numbered as the sheet numbers them.
/// </summary>
public static class XlsxTableReader
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreProcessingInstructions = true, CheckCharacters = false,
    };

    /// <summary>The table, or null with <paramref name="problem"/> when the workbook cannot be read.</summary>
    public static DataTable? Read(byte[] bytes, out string? problem)
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

            return new DataTable(rows[0].Cells, rows[0].Line, rows.Skip(1).ToList());
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or ArgumentException)
        {
            // A damaged or foreign file shows up as a bad zip or bad XML: for us that is the user's file, not a bug.
            problem = $"it is not a readable .xlsx workbook ({e.Message.TrimEnd('.')}); open it in a spreadsheet program and save it again as .xlsx";
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

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        using var xml = Open(zip, "xl/sharedStrings.xml");
        if (xml is null)
        {
            return strings;
        }

        var text = new TextCollector();
        var inText = false;
        var phonetic = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "si":
                        text.Take();
                        if (xml.IsEmptyElement)
                        {
                            strings.Add(string.Empty);
                        }

                        break;
                    case "rPh":
                        phonetic = !xml.IsEmptyElement;
                        break;
                    case "t":
                        inText = !xml.IsEmptyElement && !phonetic;
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                switch (xml.LocalName)
                {
                    case "si":
                        strings.Add(text.Take());
                        break;
                    case "rPh":
                        phonetic = false;
                        break;
                    case "t":
                        inText = false;
                        break;
                }
            }
            else if (inText && xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(xml.Value);
            }
        }

        return strings;
    }

    private static List<TableRow> SheetRows(ZipArchiveEntry sheet, List<string> strings)
    {
        var rows = new List<TableRow>();
        using var xml = XmlReader.Create(sheet.Open(), Settings);
        var cells = new List<string>();
        var line = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
            {
                line = int.TryParse(xml.GetAttribute("r"), out var r) ? r : line + 1;
                cells.Clear();
                if (xml.IsEmptyElement)
                {
                    continue;
                }
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
            {
                var column = ColumnIndex(xml.GetAttribute("r")) ?? cells.Count;
                var value = CellText(xml, strings);
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(value);
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "row")
            {
                var row = new TableRow(line, cells.ToArray());
                if (!row.IsBlank)
                {
                    rows.Add(row);
                }
            }
        }

        return rows;
    }

    /// <summary>Reads one &lt;c&gt; element to its end and returns its text, trimmed.</summary>
    private static string CellText(XmlReader xml, List<string> strings)
    {
        var type = xml.GetAttribute("t");
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var value = new TextCollector();
        var inline = new TextCollector();
        TextCollector? target = null;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "c"))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                target = xml.IsEmptyElement ? null : xml.LocalName switch { "v" => value, "t" => inline, _ => null };
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                target = null;
            }
            else if (target is not null && xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                target.Append(xml.Value);
            }
        }

        var raw = value.Take();
        var text = type switch
        {
            "s" => int.TryParse(raw, out var index) && index >= 0 && index < strings.Count ? strings[index] : string.Empty,
            "inlineStr" => inline.Take(),
            "b" => raw == "1" ? "true" : "false",
            _ => raw,
        };
        return text.Trim();
    }

    /// <summary>"C12" → 2 (0-based); null when the reference is missing.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }

    private static XmlReader? Open(ZipArchive zip, string path) =>
        zip.GetEntry(path) is { } entry ? XmlReader.Create(entry.Open(), Settings) : null;
}
