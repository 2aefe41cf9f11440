namespace UprSite.Build.Pages.Models;

/// <summary>The data half of a country page: charts, notes on declared totals, the traffic light, downloads.</summary>
/// <param name="CycleNotes">Where declared totals and the rows disagree, one note per cycle (never one figure silently).</param>
/// <param name="RowsIntro">How many recommendation rows the site holds for the country, and what the charts below count.</param>
public sealed record DashboardView(
    bool HasRows,
    string RowsIntro,
    IReadOnlyList<CycleNoteView> CycleNotes,
    IReadOnlyList<ChartView> Charts,
    IReadOnlyList<ChartView> ImplementationCharts,
    IReadOnlyList<RecommendationView> Ratings,
    IReadOnlyList<IssueLeadersView> IssueLeaders,
    IReadOnlyList<LinkView> Downloads,
    string ExplorerHref);
