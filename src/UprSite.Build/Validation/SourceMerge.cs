using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>
/// Drops the rows of a later file that repeat a row of an earlier one: the same cycle, State under Review and
/// recommending State, and the same paragraph (document + paragraph) or the same text once spaces, case and punctuation
/// are set aside. Rows within one file are never merged (an export may list a co-sponsor's paragraph twice). The kept
/// row takes the paragraph number (and document) of the dropped one when it gives none and their documents do not
/// disagree, so that a UPR Info row repeated by DIHR can be placed in its paragraph. Reports one info per pair of files.
/// </summary>
public static class SourceMerge
{
    public static List<RecommendationFile> Merge(IReadOnlyList<RecommendationFile> files, DiagnosticList diagnostics)
    {
        var seen = new Dictionary<string, (int File, int Row)>(StringComparer.Ordinal);
        var kept = new List<List<Recommendation>>(files.Count);
        for (var f = 0; f < files.Count; f++)
        {
            var file = files[f];
            var own = new List<Recommendation>(file.Rows.Count);
            var ownKeys = new List<(string Key, int Row)>();
            var repeats = new SortedDictionary<int, (int Rows, int Placed)>();
            foreach (var row in file.Rows)
            {
                var keys = KeysOf(row);
                var earlier = keys.Select(k => seen.TryGetValue(k, out var at) ? at : ((int File, int Row)?)null).FirstOrDefault(a => a is not null);
                if (earlier is { } at)
                {
                    var placed = TakeParagraph(kept[at.File], at.Row, row);
                    var (rows, placedBefore) = repeats.GetValueOrDefault(at.File);
                    repeats[at.File] = (rows + 1, placedBefore + (placed ? 1 : 0));
                    continue;
                }

                ownKeys.AddRange(keys.Select(k => (k, own.Count)));
                own.Add(row);
            }

            foreach (var (key, row) in ownKeys)
            {
                seen.TryAdd(key, (f, row));
            }

            kept.Add(own);
            foreach (var (earlier, (count, placed)) in repeats)
            {
                var paragraphs = placed == 0 ? string.Empty
                    : string.Create(CultureInfo.InvariantCulture, $"; {placed} of the kept rows take the paragraph number this file gives them");
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.RecommendationsMerged,
                    string.Create(CultureInfo.InvariantCulture,
                        $"{count} of the {file.Rows.Count} rows of this file repeat rows of {files[earlier].File} (same cycle, State under Review, recommending State, and paragraph or text); they are counted once, from {files[earlier].File}, and {own.Count} rows of this file are kept{paragraphs}"),
                    file.File));
            }
        }

        return files.Select((file, i) => kept[i].Count == file.Rows.Count && kept[i].SequenceEqual(file.Rows) ? file : file with { Rows = kept[i] })
            .ToList();
    }

    /// <summary>Gives the kept row the dropped row's paragraph (and document) when it has none; true when it did.</summary>
    private static bool TakeParagraph(List<Recommendation> rows, int index, Recommendation dropped)
    {
        var row = rows[index];
        if (!string.IsNullOrWhiteSpace(row.Paragraph) || string.IsNullOrWhiteSpace(dropped.Paragraph)
            || (!string.IsNullOrWhiteSpace(row.Document) && !string.IsNullOrWhiteSpace(dropped.Document)
                && RecommendationId.Slug(row.Document) != RecommendationId.Slug(dropped.Document)))
        {
            return false;
        }

        var document = string.IsNullOrWhiteSpace(row.Document) ? dropped.Document : row.Document;
        rows[index] = row with
        {
            Document = document,
            Paragraph = dropped.Paragraph,
            Key = RecommendationKey.Of(document, dropped.Paragraph, row.Text, row.Source),
        };
        return true;
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
