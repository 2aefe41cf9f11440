using System.Text;

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
        var entries = new HashSet<string>(StringComparer.Ordinal);
        int rows = 0, bare = 0;
        foreach (var row in DihrWorkbookRows.Of(path, stateUnderReview, cycle))
        {
            rows++;
            var parts = row["Document"].Split('|');
            var paragraph = parts[1].Trim();
            if (paragraph.Contains('.', StringComparison.Ordinal))
            {
                entries.Add(parts[0] + "|" + paragraph);
            }
            else
            {
                bare++;
                entries.Add(parts[0] + "|" + paragraph + "|" + Letters(row["Tekst"]));
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
}
