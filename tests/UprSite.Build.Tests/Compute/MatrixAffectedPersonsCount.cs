using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// The groups of affected persons each paragraph of an OHCHR matrix names, read without the code under test: the
/// Word document opened with the Open XML SDK, every table row whose first cell opens with a paragraph number, and
/// in any of its cells the "- " lines that follow a line "Affected persons:". A paragraph listed twice is taken once.
/// </summary>
public static partial class MatrixAffectedPersonsCount
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in document.MainDocumentPart!.Document.Body!.Descendants<TableRow>())
        {
            var cells = row.Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText.Trim()).ToList()).ToList();
            if (cells.Count == 0 || cells[0].FirstOrDefault(t => t.Length > 0) is not { } first || ParagraphNumber().Match(first) is not { Success: true } number)
            {
                continue;
            }

            var names = new List<string>();
            foreach (var lines in cells)
            {
                var after = lines.FindIndex(l => l.StartsWith("Affected persons:", StringComparison.OrdinalIgnoreCase));
                if (after >= 0)
                {
                    names.AddRange(lines.Skip(after + 1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()));
                }
            }

            groups.TryAdd(number.Groups[1].Value, names.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }

        return groups;
    }

    [GeneratedRegex(@"^([0-9]{1,3}\.[0-9]{1,3})\.?\s")]
    private static partial Regex ParagraphNumber();
}
