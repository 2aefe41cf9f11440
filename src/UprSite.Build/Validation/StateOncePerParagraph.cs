using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>
/// A State makes one recommendation by State per paragraph, in every source: rows that give one State the same
/// paragraph (one <see cref="Recommendation.Key"/>: document + paragraph, so a bare list number such as "38" still
/// tells its texts apart), whether clauses a source lists apart (DIHR's Algeria in the Netherlands' 78.7) or a matrix's
/// whole paragraph beside another file's clause, become one row (<see cref="JoinedClauses"/>), kept where the first of
/// them stood, as a matrix or UHRI row holds the paragraph whole. The rows it stands for are in
/// <see cref="Recommendation.JoinedIds"/>, so a rating of any of them rates it. Each join is reported at its row
/// (UPR0573) and once per cycle (UPR0575), where a reader counting the rows by hand would count more.
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
        var joins = new List<IReadOnlyList<MergeEntry>>();
        foreach (var group in entries.GroupBy(e => e.Who + "k:" + e.Row.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ranked = MergedRecommendation.Ranked(group);
            var merged = JoinedClauses.Of(ranked);
            joins.Add(ranked);
            JoinReport.AtRows(ranked, merged, diagnostics);
            foreach (var entry in ranked)
            {
                replaced[entry.Row] = ReferenceEquals(entry, ranked[0]) ? merged : null;
            }
        }

        if (replaced.Count == 0)
        {
            return files.ToList();
        }

        JoinReport.PerCycle(joins, diagnostics);
        return files.Select(file => !file.Rows.Any(replaced.ContainsKey) ? file : file with
        {
            Rows = file.Rows.Select(r => replaced.TryGetValue(r, out var merged) ? merged : r).OfType<Recommendation>().ToList(),
        }).ToList();
    }
}
