using UprSite.Core.Recommendations;

namespace UprSite.Core.Statistics;

/// <summary>Changes across cycles: of the totals, and of each issue.</summary>
public static class Trends
{
    /// <summary>Each cycle's shown figures against the previous cycle's, when both are counted on one basis.</summary>
    public static IReadOnlyList<CycleTrend> Across(IReadOnlyList<CycleComparison> cycles)
    {
        var ordered = cycles.OrderBy(c => c.Cycle).Select(c => (Figures: c.Shown, Basis: c.IsDeclared ? CycleTrend.Declared : CycleTrend.Rows)).ToList();
        return ordered.Select((c, i) => i == 0 || ordered[i - 1].Basis != c.Basis
                ? new CycleTrend(c.Figures.Cycle, c.Figures.Received, c.Figures.SupportedRate, null, null, c.Basis)
                : new CycleTrend(c.Figures.Cycle, c.Figures.Received, c.Figures.SupportedRate, c.Figures.Received - ordered[i - 1].Figures.Received,
                    c.Figures.SupportedRate - ordered[i - 1].Figures.SupportedRate, c.Basis))
            .ToList();
    }

    /// <summary>
    /// For each issue (largest overall first), its figures in every cycle whose rows name at least one issue: a cycle
    /// whose source codes no issue (DIHR's exports) would read as a fall to zero, so it is left out.
    /// </summary>
    public static IReadOnlyList<IssueTrend> ByIssue(IReadOnlyList<Recommendation> rows)
    {
        var cycles = RecommendationStatistics.IssueCoverage(rows).Where(c => !c.None).Select(c => c.Cycle).ToList();
        var byIssue = RecommendationStatistics.RowsByIssue(rows);
        return RecommendationStatistics.ByIssue(rows)
            .Select(issue => new IssueTrend(issue.Key,
                cycles.Select(c => ResponseTally.Cycle(c, byIssue[issue.Key].Where(r => r.Cycle == c))).ToList()))
            .ToList();
    }
}
