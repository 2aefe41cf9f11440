using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace UprSite.Import.Tests.Layouts.DihrExplorer;

/// <summary>
/// The oracle of <see cref="DihrAffectedPersonsTests"/>, counted without the code under test: the workbook is read with
/// the Open XML SDK (not the project's XlsxTableReader), columns are found by their header text, and each Keywords cell
/// is cut where a capital letter follows a small letter, or starts a word after a run of capitals ("LGBTIChildren"),
/// not by the layout's list of DIHR's labels.
/// </summary>
public sealed record DihrKeywordsCount(int Rows, int Linked, IReadOnlyDictionary<string, int> Groups)
{
    public static IReadOnlyDictionary<string, DihrKeywordsCount> ByStateUnderReview(string path)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var linked = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (state, keywords) in Cells(path))
        {
            rows[state] = rows.GetValueOrDefault(state) + 1;
            var names = Cut(keywords);
            linked[state] = linked.GetValueOrDefault(state) + (names.Count > 0 ? 1 : 0);
            var counts = groups.TryGetValue(state, out var c) ? c : groups[state] = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        return rows.ToDictionary(r => r.Key, r => new DihrKeywordsCount(r.Value, linked.GetValueOrDefault(r.Key), groups[r.Key]), StringComparer.Ordinal);
    }

    public static List<string> Cut(string cell)
    {
        var names = new List<string>();
        var start = 0;
        for (var i = 1; i < cell.Length; i++)
        {
            var afterSmall = char.IsUpper(cell[i]) && char.IsLower(cell[i - 1]);
            var afterCapitals = char.IsUpper(cell[i]) && char.IsUpper(cell[i - 1]) && i + 1 < cell.Length && char.IsLower(cell[i + 1]);
            if (afterSmall || afterCapitals)
            {
                names.Add(cell[start..i]);
                start = i;
            }
        }

        if (cell.Trim().Length > 0)
        {
            names.Add(cell[start..]);
        }

        return names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<(string State, string Keywords)> Cells(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        string? stateColumn = null, keywordsColumn = null;
        using var reader = OpenXmlReader.Create(workbook.WorksheetParts.Single());
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var cells = ((Row)reader.LoadCurrentElement()!).Elements<Cell>()
                .ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray()), c => Text(c, strings));
            if (stateColumn is null)
            {
                stateColumn = cells.Single(c => c.Value == "Recommendation").Key;
                keywordsColumn = cells.Single(c => c.Value == "Keywords").Key;
                continue;
            }

            yield return (cells.GetValueOrDefault(stateColumn) ?? string.Empty, cells.GetValueOrDefault(keywordsColumn!) ?? string.Empty);
        }
    }

    private static string Text(Cell cell, List<string> strings) => cell.DataType?.Value == CellValues.SharedString
        ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
        : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
