using UprSite.Core.Reference;
using UprSite.Core.Recommendations;

namespace UprSite.Core.Statistics;

/// <summary>
/// Counts over recommendation rows, as UPR Info counts them: one row is one recommendation from one State.
/// A row with several issues counts once under each of them, so issue counts can add up to more than the rows.
/// </summary>
public static class RecommendationStatistics
{
    /// <summary>Every cycle that has rows, in cycle order.</summary>
    public static IReadOnlyList<CycleFigures> ByCycle(IReadOnlyList<Recommendation> rows) =>
        rows.GroupBy(r => r.Cycle).OrderBy(g => g.Key).Select(g => ResponseTally.Cycle(g.Key, g)).ToList();

    /// <summary>All rows together.</summary>
    public static GroupFigures Total(IReadOnlyList<Recommendation> rows) => ResponseTally.Group("all", rows);

    /// <summary>Each issue (theme) named by at least one row, largest first.</summary>
    public static IReadOnlyList<GroupFigures> ByIssue(IReadOnlyList<Recommendation> rows) =>
        ResponseTally.Ranked(RowsByIssue(rows).Select(p => ResponseTally.Group(p.Key, p.Value)));

    /// <summary>The rows of each issue, issues in ordinal order (a row with several issues is under each).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Recommendation>> RowsByIssue(IReadOnlyList<Recommendation> rows)
    {
        var byIssue = new SortedDictionary<string, List<Recommendation>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var issue in IssuesOf(row))
            {
                if (!byIssue.TryGetValue(issue, out var list))
                {
                    byIssue[issue] = list = [];
                }

                list.Add(row);
            }
        }

        return byIssue.ToDictionary(p => p.Key, p => (IReadOnlyList<Recommendation>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>Rows that name no issue at all (they appear in no issue's count).</summary>
    public static int WithoutIssue(IReadOnlyList<Recommendation> rows) => rows.Count(r => IssuesOf(r).Count == 0);

    /// <summary>Each recommending State, most recommendations first.</summary>
    /// <remarks>A source that is no State ("Unknown", an organisation) is left out: its rows count in the totals only.</remarks>
    public static IReadOnlyList<GroupFigures> ByRecommendingState(IReadOnlyList<Recommendation> rows) =>
        ResponseTally.Ranked(rows.Where(r => !IsNonStateSource(r.RecommendingState))
            .GroupBy(r => r.RecommendingState, StringComparer.Ordinal).Select(g => ResponseTally.Group(g.Key, g)));

    /// <summary>The name is a known source that is not a State (<see cref="NonStateSources"/>).</summary>
    public static bool IsNonStateSource(string name) => UnStates.Resolve(name).Kind == StateResolutionKind.NonState;

    /// <summary>
    /// Each UN regional group of the recommending States, largest first, keyed by its short label ("WEOG"). The group
    /// is the reference data's (<see cref="UnStates"/>), never a source's column, so that every State counts whatever
    /// the export it came from; rows of a source that is no State, or of a State in no group (the Holy See), are left
    /// out (<see cref="WithoutRegionalGroup"/>).
    /// </summary>
    public static IReadOnlyList<GroupFigures> ByRegionalGroup(IReadOnlyList<Recommendation> rows) =>
        ResponseTally.Ranked(rows.Select(r => (Row: r, Group: RegionalGroupOf(r.RecommendingState)))
            .Where(p => p.Group is not null)
            .GroupBy(p => RegionalGroups.Label(p.Group!.Value), StringComparer.Ordinal)
            .Select(g => ResponseTally.Group(g.Key, g.Select(p => p.Row))));

    /// <summary>Rows whose recommending State has no regional group: sources that are no State, unrecognised names, the Holy See.</summary>
    public static int WithoutRegionalGroup(IReadOnlyList<Recommendation> rows) => rows.Count(r => RegionalGroupOf(r.RecommendingState) is null);

    /// <summary>The UN regional group of the State a name stands for; null for a name that is no State or a State in none.</summary>
    public static RegionalGroup? RegionalGroupOf(string recommendingState) => UnStates.Resolve(recommendingState).State?.Group;

    /// <summary>The short label of the name's UN regional group ("WEOG"), as every breakdown and download keys it; null when none.</summary>
    public static string? RegionalGroupLabelOf(string recommendingState) =>
        RegionalGroupOf(recommendingState) is { } group ? RegionalGroups.Label(group) : null;

    /// <summary>Rows whose source is no State ("Unknown", the European Union): counted in the totals, in no State's figures.</summary>
    public static int FromNonStateSources(IReadOnlyList<Recommendation> rows) => rows.Count(r => IsNonStateSource(r.RecommendingState));

    /// <summary>Per cycle of the rows, in order: how many rows it has and how many name at least one issue.</summary>
    public static IReadOnlyList<AttributeCoverage> IssueCoverage(IReadOnlyList<Recommendation> rows) =>
        rows.GroupBy(r => r.Cycle).OrderBy(g => g.Key)
            .Select(g => new AttributeCoverage(g.Key, g.Count(), g.Count(r => IssuesOf(r).Count > 0)))
            .ToList();

    /// <summary>The five action categories in scale order (keys "1" to "5"), zeros included; unclassified rows are left out.</summary>
    public static IReadOnlyList<GroupFigures> ByActionCategory(IReadOnlyList<Recommendation> rows) =>
        Enum.GetValues<ActionCategory>().Order()
            .Select(c => ResponseTally.Group(((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture),
                rows.Where(r => r.ActionCategory == c)))
            .ToList();

    /// <summary>Rows whose action category is unknown (not given and not found from the text).</summary>
    public static int WithoutActionCategory(IReadOnlyList<Recommendation> rows) => rows.Count(r => r.ActionCategory is null);

    /// <summary>A row's issues, each once, trimmed, blanks left out.</summary>
    public static IReadOnlyList<string> IssuesOf(Recommendation row) =>
        row.Issues.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
