using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// The oracle of <see cref="BareListNumberTests"/>, counted without the code under test: one State under Review's rows
/// of one cycle in the DIHR workbook (read with the Open XML SDK), by the paragraph in their Document cell
/// ("Source:A/HRC/12/12|38|"). A dotted number ("98.12") is one recommendation; a bare one ("38") is the paragraph
/// listing a whole report's recommendations, so each text under it (lower case, letters and digits only) is one.
/// </summary>
public sealed record DihrListNumbers(int Rows, int Bare, int Entries)
{
    public static DihrListNumbers Of(string path, string stateUnderReview, string cycle)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new HashSet<string>(StringComparer.Ordinal);
        int rows = 0, bare = 0;
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
            var parts = At("Document").Split('|');
            var paragraph = parts[1].Trim();
            if (paragraph.Contains('.', StringComparison.Ordinal))
            {
                entries.Add(parts[0] + "|" + paragraph);
            }
            else
            {
                bare++;
                entries.Add(parts[0] + "|" + paragraph + "|" + Letters(At("Tekst")));
            }
        }

        return new DihrListNumbers(rows, bare, entries.Count);
    }

    private static string Letters(string text)
    {
        var words = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Text(Cell cell, List<string> strings) => cell.DataType?.Value == CellValues.SharedString
        ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
        : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
