using UprSite.Core.Model;

namespace UprSite.Core.Statistics;

/// <summary>Every figure the dashboard, the downloads and statistics.json show for one State under Review.</summary>
/// <param name="Cycles">Declared totals beside row counts, per cycle.</param>
/// <param name="Rows">All rows together.</param>
public sealed record CountryStatistics(
    IReadOnlyList<CycleComparison> Cycles,
    GroupFigures Rows,
    IReadOnlyList<CycleFigures> RowCycles,
    IReadOnlyList<CycleTrend> Trend,
    IReadOnlyList<GroupFigures> Issues,
    int WithoutIssue,
    IReadOnlyList<IssueTrend> IssueTrends,
    IReadOnlyList<GroupFigures> RecommendingStates,
    IReadOnlyList<GroupFigures> RegionalGroups,
    IReadOnlyList<GroupFigures> ActionCategories,
    int WithoutActionCategory,
    IReadOnlyList<IssueLeaders> IssueLeaders,
    ImplementationFigures Implementation,
    IReadOnlyList<ImplementationFigures> ImplementationByCycle,
    IReadOnlyList<ImplementationFigures> ImplementationByIssue)
{
    /// <summary>Per cycle of the rows: how many name a UPR issue (the themes charts count over those only).</summary>
    public IReadOnlyList<AttributeCoverage> IssueCoverage { get; init; } = [];

    /// <summary>Rows whose recommending State has no UN regional group (left out of <see cref="RegionalGroups"/>).</summary>
    public int WithoutRegionalGroup { get; init; }

    /// <summary>Rows whose source is no State (left out of <see cref="RecommendingStates"/>).</summary>
    public int FromNonStateSources { get; init; }

    /// <summary>How many States are listed per issue in <see cref="IssueLeaders"/>.</summary>
    public const int LeadersPerIssue = 5;

    public static CountryStatistics Of(Country country)
    {
        var rows = country.Recommendations;
        var ratings = RecommendationRatings.Of(rows, country.Implementation);
        var cycles = DeclaredComparisons.Of(country);
        return new CountryStatistics(
            cycles,
            RecommendationStatistics.Total(rows),
            RecommendationStatistics.ByCycle(rows),
            Trends.Across(cycles),
            RecommendationStatistics.ByIssue(rows),
            RecommendationStatistics.WithoutIssue(rows),
            Trends.ByIssue(rows),
            RecommendationStatistics.ByRecommendingState(rows),
            RecommendationStatistics.ByRegionalGroup(rows),
            RecommendationStatistics.ByActionCategory(rows),
            RecommendationStatistics.WithoutActionCategory(rows),
            TopStates.ByIssue(rows, LeadersPerIssue),
            ImplementationStatistics.Total(rows, ratings),
            ImplementationStatistics.ByCycle(rows, ratings),
            ImplementationStatistics.ByIssue(rows, ratings))
        {
            IssueCoverage = RecommendationStatistics.IssueCoverage(rows),
            WithoutRegionalGroup = RecommendationStatistics.WithoutRegionalGroup(rows),
            FromNonStateSources = RecommendationStatistics.FromNonStateSources(rows),
        };
    }
}
