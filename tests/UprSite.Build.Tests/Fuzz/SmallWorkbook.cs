using System.IO.Compression;
using System.Security;
using System.Text;

namespace UprSite.Build.Tests.Fuzz;

/// <summary>
/// A small .xlsx written here from table rows (shared strings for text, plain values for numbers), so that the fuzzer
/// can mutate the XML of its parts before zipping them as well as the zipped bytes.
/// </summary>
public static class SmallWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static Dictionary<string, string> Parts(IReadOnlyList<string[]> rows)
    {
        var strings = new List<string>();
        var sheet = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                var value = rows[r][c];
                if (value.Length > 0 && value.All(char.IsAsciiDigit))
                {
                    sheet.Append($"<c r=\"{reference}\"><v>{value}</v></c>");
                }
                else
                {
                    sheet.Append($"<c r=\"{reference}\" t=\"s\"><v>{strings.Count}</v></c>");
                    strings.Add(value);
                }
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        var shared = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
        foreach (var text in strings)
        {
            shared.Append($"<si><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></si>");
        }

        shared.Append("</sst>");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["xl/workbook.xml"] = $"<workbook xmlns=\"{Main}\"><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>",
            ["xl/worksheets/sheet1.xml"] = sheet.ToString(),
            ["xl/sharedStrings.xml"] = shared.ToString(),
        };
    }

    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> parts)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in parts)
            {
                using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
                entry.Write(bytes);
            }
        }

        return memory.ToArray();
    }
}
