using UprSite.Core.Recommendations;

namespace UprSite.Core.Statistics;

/// <summary>Which recommending States asked most on each theme: the States a coalition meets about that theme.</summary>
public static class TopStates
{
    /// <summary>For every issue (largest first), up to <paramref name="perIssue"/> States, most recommendations first.</summary>
    public static IReadOnlyList<IssueLeaders> ByIssue(IReadOnlyList<Recommendation> rows, int perIssue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perIssue);
        var byIssue = RecommendationStatistics.RowsByIssue(rows);
        return RecommendationStatistics.ByIssue(rows)
            .Select(issue => new IssueLeaders(issue.Key, issue.Received,
                RecommendationStatistics.ByRecommendingState(byIssue[issue.Key]).Take(perIssue).ToList()))
            .ToList();
    }
}
