using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>
/// A State makes one recommendation by State per paragraph: rows that give one State the same paragraph (one
/// <see cref="Recommendation.Key"/>) twice, whether two clauses a source lists apart (DIHR's Benin in China's 186.17)
/// or a matrix's whole paragraph beside another file's clause, become one row when one's text holds the other's
/// (two unrelated texts under one number, as cycle-1 reports number several recommendations, stay apart) with what each gives
/// (<see cref="MergedRecommendation"/>), kept where the first of them stood. Clauses one file lists apart keep the
/// longer text and, when they were answered apart, are partly supported (<see cref="ParagraphResponse"/>); each merge
/// is reported (UPR0573).
/// </summary>
internal static class StateOncePerParagraph
{
    public static List<RecommendationFile> Apply(IReadOnlyList<RecommendationFile> files, Func<Recommendation, string> who, DiagnosticList diagnostics)
    {
        var entries = files.SelectMany((file, f) => file.Rows.Select(row => new MergeEntry(f, file.File, row)
        {
            Who = who(row),
            Text = MergeText.Of(row.Text),
            Source = file.Source,
        })).Where(e => e.HasParagraph).ToList();
        var replaced = new Dictionary<Recommendation, Recommendation?>(ReferenceEqualityComparer.Instance);
        foreach (var group in entries.GroupBy(e => e.Who + "k:" + e.Row.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var longest = group.MaxBy(e => e.Text.Length)!;
            var ranked = MergedRecommendation.Ranked(group.Where(e => longest.Text.Contains(e.Text, StringComparison.Ordinal)));
            if (ranked.Count < 2)
            {
                continue;
            }

            var merged = MergedRecommendation.Of(ranked);
            if (ranked.Select(e => e.File).Distinct().Count() == 1)
            {
                merged = merged with
                {
                    Text = longest.Row.Text.Contains(MergeText.Lost, StringComparison.Ordinal) ? merged.Text : longest.Row.Text,
                    Response = ParagraphResponse.Of(ranked.Select(e => e.Row.Response)),
                };
            }

            Report(ranked, merged, diagnostics);
            foreach (var entry in ranked)
            {
                replaced[entry.Row] = ReferenceEquals(entry, ranked[0]) ? merged : null;
            }
        }

        if (replaced.Count == 0)
        {
            return files.ToList();
        }

        return files.Select(file => !file.Rows.Any(replaced.ContainsKey) ? file : file with
        {
            Rows = file.Rows.Select(r => replaced.TryGetValue(r, out var merged) ? merged : r).OfType<Recommendation>().ToList(),
        }).ToList();
    }

    private static void Report(IReadOnlyList<MergeEntry> ranked, Recommendation merged, DiagnosticList diagnostics)
    {
        var first = ranked[0];
        foreach (var entry in ranked.Skip(1))
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ClausesOfOneParagraph,
                string.Create(CultureInfo.InvariantCulture,
                    $"this row gives {entry.Row.RecommendingState} paragraph {entry.Row.Paragraph} again ({first.FileName}, row {first.Row.Source.Row}, gives it too), one text holding the other's: counted as one recommendation by State, '{ResponseVocabulary.Key(merged.Response)}'"),
                entry.Row.Source.File, entry.Row.Source.Row));
        }
    }
}
