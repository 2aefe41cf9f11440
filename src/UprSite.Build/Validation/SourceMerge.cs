using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Text;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>
/// Drops the rows of a later file that repeat a row of an earlier one: the same cycle, State under Review and
/// recommending State, and the same paragraph (document + paragraph) or the same text once spaces, case and punctuation
/// are set aside. Rows within one file are never merged (an export may list a co-sponsor's paragraph twice). Reports
/// one info per pair of files.
/// </summary>
public static class SourceMerge
{
    public static List<RecommendationFile> Merge(IReadOnlyList<RecommendationFile> files, DiagnosticList diagnostics)
    {
        var seen = new Dictionary<string, RecommendationFile>(StringComparer.Ordinal);
        var merged = new List<RecommendationFile>(files.Count);
        foreach (var file in files)
        {
            var kept = new List<Recommendation>(file.Rows.Count);
            var own = new List<string>();
            var repeats = new Dictionary<RecommendationFile, int>();
            foreach (var row in file.Rows)
            {
                var keys = KeysOf(row);
                var earlier = keys.Select(k => seen.GetValueOrDefault(k)).FirstOrDefault(f => f is not null && !ReferenceEquals(f, file));
                if (earlier is not null)
                {
                    repeats[earlier] = repeats.GetValueOrDefault(earlier) + 1;
                    continue;
                }

                kept.Add(row);
                own.AddRange(keys);
            }

            foreach (var key in own)
            {
                seen.TryAdd(key, file);
            }

            foreach (var (earlier, count) in repeats)
            {
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.RecommendationsMerged,
                    $"{CountedNoun.Of(count, "row", "rows")} of this file's {file.Rows.Count.ToString("N0", CultureInfo.InvariantCulture)} "
                    + $"{CountedNoun.Agree(count, "repeats a row", "repeat rows")} of {earlier.File} (same cycle, State under Review, recommending State, and paragraph or text): "
                    + $"counted once, from {earlier.File}; kept from this file: {kept.Count.ToString("N0", CultureInfo.InvariantCulture)}",
                    file.File));
            }

            merged.Add(kept.Count == file.Rows.Count ? file : file with { Rows = kept });
        }

        return merged;
    }

    private static List<string> KeysOf(Recommendation row)
    {
        var who = string.Create(CultureInfo.InvariantCulture,
            $"{row.Cycle}|{Canonical(row.StateUnderReview)}|{Canonical(row.RecommendingState)}|");
        var keys = new List<string>(2) { who + "t:" + RecommendationKey.NormaliseText(row.Text) };
        if (!string.IsNullOrWhiteSpace(row.Document) && !string.IsNullOrWhiteSpace(row.Paragraph))
        {
            keys.Add(who + "p:" + RecommendationId.Slug(row.Document) + "#" + RecommendationId.Slug(row.Paragraph));
        }

        return keys;
    }

    private static string Canonical(string name) => UnStates.Resolve(name).State?.Alpha2 ?? NameFolding.Fold(name);
}
