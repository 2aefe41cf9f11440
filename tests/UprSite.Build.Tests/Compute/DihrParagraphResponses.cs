using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// The oracle of <see cref="ParagraphResponseTests"/>, counted without the code under test: the DIHR workbook read with
/// the Open XML SDK, one State under Review's rows of one cycle grouped by the paragraph number in their Document cell
/// ("Source:A/HRC/33/13|135.61|"), each paragraph supported, noted or, when its rows give both, partly supported.
/// </summary>
public sealed record DihrParagraphResponses(int Rows, int Paragraphs, int Supported, int Noted, int PartlySupported, IReadOnlyList<string> Mixed)
{
    public static DihrParagraphResponses Of(string path, string stateUnderReview, string cycle)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var responses = new SortedDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var rows = 0;
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
            var paragraph = At("Document").Split('|')[1];
            if (!responses.TryGetValue(paragraph, out var set))
            {
                responses[paragraph] = set = [];
            }

            set.Add(At("Response"));
        }

        var mixed = responses.Where(p => p.Value.Count > 1).Select(p => p.Key).ToList();
        return new DihrParagraphResponses(rows, responses.Count,
            responses.Count(p => p.Value.SetEquals(["Supported"])), responses.Count(p => p.Value.SetEquals(["Noted"])), mixed.Count, mixed);
    }

    private static string Text(Cell cell, List<string> strings) => cell.DataType?.Value == CellValues.SharedString
        ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
        : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
