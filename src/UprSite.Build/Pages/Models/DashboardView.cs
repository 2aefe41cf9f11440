namespace UprSite.Build.Pages.Models;

/// <summary>The data half of a country page: charts, notes on declared totals, the traffic light, downloads.</summary>
/// <param name="CycleNotes">Where declared totals and the rows disagree, one note per cycle (never one figure silently).</param>
/// <param name="RowsIntro">How many recommendations the site holds for the country, beside the official totals (or that it holds none yet).</param>
/// <param name="CyclesWithoutRecommendations">The reviews with official totals only, when there are some.</param>
/// <param name="Paragraphs">Per cycle with rows: the recommendations (paragraphs) beside the recommendations by State, or why their number is not known.</param>
/// <param name="Bases">Which charts show official totals and which count the recommendations the site holds.</param>
/// <param name="Pledges">The voluntary pledges, kept apart from every figure; null when there are none.</param>
public sealed record DashboardView(
    bool HasRows,
    string RowsIntro,
    string? CyclesWithoutRecommendations,
    IReadOnlyList<string> Paragraphs,
    string Bases,
    IReadOnlyList<CycleNoteView> CycleNotes,
    IReadOnlyList<ChartView> Charts,
    IReadOnlyList<ChartView> ImplementationCharts,
    IReadOnlyList<RecommendationView> Ratings,
    IReadOnlyList<IssueLeadersView> IssueLeaders,
    IReadOnlyList<LinkView> Downloads,
    string ExplorerHref,
    PledgesView? Pledges)
{
    /// <summary>The heading of <see cref="IssueLeaders"/>: "States that recommended most on each theme", or, when one State made every recommendation, the theme table's plain name.</summary>
    public string IssueLeadersHeading { get; init; } = string.Empty;
}
