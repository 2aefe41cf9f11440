using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Text;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>
/// Makes one row of the rows of different files that are one recommendation (<see cref="MergeGroups"/>: the same
/// cycle, State under Review and recommending State, and the same paragraph or the same text once spaces, case and
/// punctuation are set aside), uniting what each source knows (<see cref="MergedRecommendation"/>). Rows within one
/// file are never merged here (an export may list a co-sponsor's paragraph twice), except a row a file repeats word for word for the same State (<see cref="RepeatedRows"/>). The outcome does not depend on the
/// order or the names of the files. Reports one info per pair of files that share rows, one per row merged as a clause
/// or a text worded otherwise (<see cref="MergeReport"/>), a warning at each row whose response or paragraph number
/// lost to a more authoritative source's, and a warning where a cycle still has rows from several files that matched
/// nothing and may be one recommendation. Last, a State is given each paragraph once (<see cref="StateOncePerParagraph"/>).
/// </summary>
public static class SourceMerge
{
    public static List<RecommendationFile> Merge(IReadOnlyList<RecommendationFile> files, DiagnosticList diagnostics)
    {
        files = RepeatedRows.Apply(files, WhoOf, diagnostics);
        var entries = files.SelectMany((file, f) => file.Rows.Select(row => new MergeEntry(f, file.File, row)
        {
            Who = WhoOf(row),
            Text = MergeText.Of(row.Text),
            Source = file.Source,
        })).ToList();
        var (groups, joins) = MergeGroups.Of(entries);
        var replaced = new Dictionary<Recommendation, Recommendation?>(ReferenceEqualityComparer.Instance);
        var shared = new SortedDictionary<(string, string), int>();
        var unmatched = new List<MergeEntry>();
        foreach (var group in groups)
        {
            if (group.Count == 1)
            {
                unmatched.Add(entries[group[0]]);
                continue;
            }

            var ranked = MergedRecommendation.Ranked(group.Select(i => entries[i]));
            var merged = MergedRecommendation.Of(ranked);
            foreach (var entry in ranked)
            {
                replaced[entry.Row] = ReferenceEquals(entry, ranked[0]) ? merged : null;
            }

            Count(ranked, shared);
            MergeReport.ResponsesDiffer(ranked, merged, diagnostics);
        }

        Report(files, shared, diagnostics);
        MergeReport.Joins(entries, joins, diagnostics);
        UnmergedCycles.Warn(unmatched, diagnostics);
        return StateOncePerParagraph.Apply(files.Select(file => Kept(file, replaced)).ToList(), WhoOf, diagnostics);
    }

    private static RecommendationFile Kept(RecommendationFile file, Dictionary<Recommendation, Recommendation?> replaced)
    {
        if (!file.Rows.Any(replaced.ContainsKey))
        {
            return file;
        }

        var rows = file.Rows
            .Select(r => replaced.TryGetValue(r, out var merged) ? merged : r)
            .OfType<Recommendation>()
            .ToList();
        return file with { Rows = rows };
    }

    private static void Count(IReadOnlyList<MergeEntry> ranked, SortedDictionary<(string, string), int> shared)
    {
        var names = ranked.Select(e => e.FileName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var a = 0; a < names.Count; a++)
        {
            for (var b = a + 1; b < names.Count; b++)
            {
                shared[(names[a], names[b])] = shared.GetValueOrDefault((names[a], names[b])) + 1;
            }
        }
    }

    private static void Report(IReadOnlyList<RecommendationFile> files, SortedDictionary<(string, string), int> shared, DiagnosticList diagnostics)
    {
        foreach (var ((a, b), count) in shared)
        {
            var rows = files.First(f => f.File == a).Rows.Count;
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.RecommendationsMerged,
                Invariant($"{Recommendations(count)} of this file ({rows} in all) {(count == 1 ? "is" : "are")} also in {b} (same cycle, State under Review, recommending State, and paragraph or text): ") +
                "each is counted once, with what either file gives (paragraph, issues, action category, themes, SDGs, affected persons)",
                a));
        }
    }

    private static string Recommendations(int count) => Invariant($"{count} recommendation{(count == 1 ? string.Empty : "s")}");

    private static string WhoOf(Recommendation row) =>
        Invariant($"{row.Cycle}|{Canonical(row.StateUnderReview)}|{Canonical(row.RecommendingState)}|");

    private static string Canonical(string name) => UnStates.Resolve(name).State?.Alpha2 ?? NameFolding.Fold(name);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
