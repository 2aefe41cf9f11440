using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// The oracle of <see cref="DihrSdgBreakdownTests"/>, counted without the code under test: the workbook is read
/// with the Open XML SDK (not the project's XlsxTableReader), columns are found by their header text, and each
/// Goals cell is tested with plain string searches for "N. " at its start or after a comma (not the DIHR layout's
/// regular expression, not SdgGoalLabels).
/// </summary>
public sealed record DihrGoalsCount(int Rows, int Linked, int NoLinkCells, IReadOnlyDictionary<int, (int Received, int Supported, int Noted)> Goals)
{
    public static DihrGoalsCount Of(string path, string stateUnderReview, string cycle)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var sheet = workbook.WorksheetParts.Single();
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var goals = Enumerable.Range(1, 17).ToDictionary(n => n, _ => (0, 0, 0));
        int rows = 0, linked = 0, noLink = 0;
        using var reader = OpenXmlReader.Create(sheet);
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
                    header[name] = column;
                }

                continue;
            }

            string At(string name) => cells.GetValueOrDefault(header[name]) ?? string.Empty;
            if (At("Recommendation") != stateUnderReview || !At("field_year").EndsWith(cycle, StringComparison.Ordinal))
            {
                continue;
            }

            rows++;
            var cell = At("Goals").Replace(" ,", ",", StringComparison.Ordinal);
            noLink += cell == "No SDG link identified" ? 1 : 0;
            var numbers = Enumerable.Range(1, 17)
                .Where(n => cell.StartsWith($"{n}. ", StringComparison.Ordinal) || cell.Contains($",{n}. ", StringComparison.Ordinal)).ToList();
            linked += numbers.Count > 0 ? 1 : 0;
            var response = At("Response");
            foreach (var n in numbers)
            {
                var (received, supported, noted) = goals[n];
                goals[n] = (received + 1, supported + (response == "Supported" ? 1 : 0), noted + (response == "Noted" ? 1 : 0));
            }
        }

        return new DihrGoalsCount(rows, linked, noLink, goals);
    }

    private static string Text(Cell cell, List<string> strings) => cell.DataType?.Value == CellValues.SharedString
        ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
        : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
