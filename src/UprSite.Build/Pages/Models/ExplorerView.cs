namespace UprSite.Build.Pages.Models;

/// <summary>The explorer page: every recommendation of a country, and the filters that explorer.js applies.</summary>
/// <param name="CountTemplate">"{shown} of {total} recommendations", for the live count explorer.js writes.</param>
/// <param name="Paragraphs">Per cycle: the recommendations (paragraphs) beside the recommendations by State, or why their number is not known.</param>
/// <param name="Digits">The digits 0 to 9 as the page writes them (Khmer digits when site.yml asks for native ones).</param>
public sealed record ExplorerView(
    string CountryName,
    string DashboardHref,
    string Total,
    string TotalText,
    int TotalCount,
    string CountTemplate,
    string Holding,
    IReadOnlyList<string> Paragraphs,
    string Digits,
    IReadOnlyList<FilterView> Filters,
    IReadOnlyList<RecommendationView> Rows,
    IReadOnlyList<LinkView> Downloads);
