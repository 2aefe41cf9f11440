namespace UprSite.Build.Rendering.Views;

/// <summary>The explorer page: every recommendation of a country, and the filters that explorer.js applies.</summary>
/// <param name="CountTemplate">"{shown} of {total} recommendations", for the live count explorer.js writes.</param>
public sealed record ExplorerView(
    string CountryName,
    string DashboardHref,
    string Total,
    string TotalText,
    int TotalCount,
    string CountTemplate,
    IReadOnlyList<FilterView> Filters,
    IReadOnlyList<RecommendationView> Rows,
    IReadOnlyList<LinkView> Downloads);
