using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;

namespace UprSite.Build.Compute;

/// <summary>One recommending State of a country: its rows in page order, its totals, overall, per issue and per cycle.</summary>
public sealed record StateFigures(
    string State,
    string Slug,
    IReadOnlyList<Recommendation> Rows,
    GroupFigures Total,
    IReadOnlyList<GroupFigures> ByIssue,
    IReadOnlyList<StateCycleFigures> Cycles)
{
    public static StateFigures Of(string state, string slug, IReadOnlyList<Recommendation> rowsInPageOrder)
    {
        var rows = rowsInPageOrder.Where(r => r.RecommendingState == state).ToList();
        var cycles = rows.GroupBy(r => r.Cycle).OrderBy(g => g.Key)
            .Select(g => new StateCycleFigures(g.Key, g.ToList(), RecommendationStatistics.Total(g.ToList()))).ToList();
        return new StateFigures(state, slug, rows, RecommendationStatistics.Total(rows), RecommendationStatistics.ByIssue(rows), cycles);
    }
}
