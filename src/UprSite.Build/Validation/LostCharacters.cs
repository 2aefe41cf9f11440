using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;

namespace UprSite.Build.Validation;

/// <summary>
/// Warns, at its row, about each text holding U+FFFD, the mark a program leaves for a character it could not read:
/// the reader would see it, and it can keep the row from being recognised in another source.
/// </summary>
internal static class LostCharacters
{
    private const int Around = 20;

    /// <param name="mergedInto">Each row merged with rows of other files → the one row made of them.</param>
    public static void Warn(IEnumerable<MergeEntry> entries, IReadOnlyDictionary<Recommendation, Recommendation> mergedInto,
        DiagnosticList diagnostics)
    {
        foreach (var entry in entries.Where(e => e.HasLostCharacter))
        {
            var row = entry.Row;
            var shown = mergedInto.GetValueOrDefault(row) is { } merged && !merged.Text.Contains(MergeText.Lost, StringComparison.Ordinal)
                ? "the same recommendation was found in another file, whose text the site shows"
                : "the site shows the text as it is";

            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.LostCharacterInText,
                $"the text of this row has a character the file lost (U+FFFD, shown as \uFFFD) in '{Excerpt(row.Text)}'; {shown}. " +
                "Write the right character in the file (it was damaged when it was saved or converted)",
                row.Source.File, row.Source.Row));
        }
    }

    private static string Excerpt(string text)
    {
        var at = text.IndexOf(MergeText.Lost, StringComparison.Ordinal);
        var start = Math.Max(0, at - Around);
        var end = Math.Min(text.Length, at + Around);
        return string.Create(CultureInfo.InvariantCulture, $"{(start > 0 ? "…" : string.Empty)}{text[start..end]}{(end < text.Length ? "…" : string.Empty)}");
    }
}
