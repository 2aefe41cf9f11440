using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// For the tests' own counts of a DIHR export, without the code under test: one State under Review's rows of one cycle
/// ("Recommendation" and "field_year" columns), each as its cells by header text, read with the Open XML SDK (not the
/// project's XlsxTableReader).
/// </summary>
public static class DihrWorkbookRows
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Of(string path, string stateUnderReview, string cycle)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = OpenXmlReader.Create(workbook.WorksheetParts.Single());
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var cells = ((Row)reader.LoadCurrentElement()!).Elements<Cell>()
                .ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray()), c => Text(c, strings));
            if (header.Count == 0)
            {
                foreach (var (column, name) in cells)
                {
                    header[column] = name;
                }

                continue;
            }

            var row = header.ToDictionary(h => h.Value, h => cells.GetValueOrDefault(h.Key) ?? string.Empty, StringComparer.Ordinal);
            if (row["Recommendation"] == stateUnderReview && row["field_year"].EndsWith(cycle, StringComparison.Ordinal))
            {
                yield return row;
            }
        }
    }

    private static string Text(Cell cell, List<string> strings) => cell.DataType?.Value == CellValues.SharedString
        ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
        : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
