using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Recommendations;

namespace UprSite.Core.Statistics;

/// <summary>
/// The rows of every State under Review of a site counted together, for the pages that compare them: per cycle,
/// issue, regional group (of the recommending States and of the States under Review) and action category. Every
/// figure counts recommendations by State (rows): official totals give no such breakdown and cannot be added to rows.
/// </summary>
/// <param name="CountriesPerIssue">Issue → how many States under Review received at least one recommendation on it.</param>
/// <param name="WithoutRecommendingGroup">Rows whose recommending State has no UN regional group (left out of <see cref="RecommendingGroups"/>).</param>
/// <param name="ReviewedGroups">Per UN regional group of the States under Review, in the groups' order, those of none last.</param>
/// <param name="EstimatedActionCategories">Classified rows whose category this site computed from the first verb.</param>
public sealed record SiteComparison(
    GroupFigures Total,
    IReadOnlyList<CycleFigures> Cycles,
    IReadOnlyList<GroupFigures> Issues,
    IReadOnlyDictionary<string, int> CountriesPerIssue,
    int WithoutIssue,
    IReadOnlyList<GroupFigures> RecommendingGroups,
    int WithoutRecommendingGroup,
    IReadOnlyList<ReviewedGroup> ReviewedGroups,
    IReadOnlyList<GroupFigures> ActionCategories,
    int WithoutActionCategory,
    int EstimatedActionCategories)
{
    /// <summary>Rows with an action category (what the categories are counted over).</summary>
    public int Classified => ActionCategories.Sum(c => c.Received);

    /// <summary>Rows that name at least one issue (what the issues are counted over).</summary>
    public int WithIssue => Total.Received - WithoutIssue;

    public static SiteComparison Of(IReadOnlyList<Country> countries)
    {
        var rows = countries.SelectMany(c => c.Recommendations).ToList();
        var perIssue = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var issue in country.Recommendations.SelectMany(RecommendationStatistics.IssuesOf).Distinct(StringComparer.Ordinal))
            {
                perIssue[issue] = perIssue.GetValueOrDefault(issue) + 1;
            }
        }

        var reviewed = countries
            .GroupBy(c => UnStates.ByAlpha2(c.Code)?.Group)
            .OrderBy(g => g.Key is { } group ? (int)group : int.MaxValue)
            .Select(g => ReviewedGroup.Of(g.Key, g.ToList()))
            .ToList();
        return new SiteComparison(
            RecommendationStatistics.Total(rows),
            RecommendationStatistics.ByCycle(rows),
            RecommendationStatistics.ByIssue(rows),
            perIssue,
            RecommendationStatistics.WithoutIssue(rows),
            RecommendationStatistics.ByRegionalGroup(rows).OrderBy(g => RegionalGroups.FromLabel(g.Key) is { } group ? (int)group : int.MaxValue).ToList(),
            RecommendationStatistics.WithoutRegionalGroup(rows),
            reviewed,
            RecommendationStatistics.ByActionCategory(rows),
            RecommendationStatistics.WithoutActionCategory(rows),
            rows.Count(r => r.ActionCategory is not null && r.ActionCategoryEstimated));
    }
}
