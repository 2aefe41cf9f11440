using UprSite.Core.Recommendations;

namespace UprSite.Core.Statistics;

/// <summary>Changes across cycles: of the totals, and of each issue.</summary>
public static class Trends
{
    /// <summary>Each cycle against the previous one in the list (cycles in order).</summary>
    public static IReadOnlyList<CycleTrend> Across(IReadOnlyList<CycleFigures> cycles)
    {
        var ordered = cycles.OrderBy(c => c.Cycle).ToList();
        return ordered.Select((c, i) => i == 0
                ? new CycleTrend(c.Cycle, c.Received, c.SupportedRate, null, null)
                : new CycleTrend(c.Cycle, c.Received, c.SupportedRate, c.Received - ordered[i - 1].Received,
                    c.SupportedRate - ordered[i - 1].SupportedRate))
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
