namespace UprSite.Build.Pages.Models;

/// <summary>
/// One page of the explorer: a hundred rows of the country's recommendations as a plain table with links to the
/// previous and next pages, and the filters, sort and export that explorer.js offers over every row.
/// </summary>
/// <param name="CountTemplate">"{shown} of {total} recommendations", for the live count explorer.js writes.</param>
/// <param name="Paragraphs">Per cycle: the recommendations (paragraphs) beside the recommendations by State, or why their number is not known.</param>
/// <param name="Digits">The digits 0 to 9 as the page writes them (Khmer digits when site.yml asks for native ones).</param>
/// <param name="Pager">This page's place among the plain pages; explorer.js replaces it with its own.</param>
/// <param name="Data">Where explorer.js finds the rows, and the words it writes.</param>
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
    IReadOnlyList<OptionView> Sorts,
    IReadOnlyList<RecommendationView> Rows,
    ExplorerPagerView Pager,
    ExplorerDataView Data,
    IReadOnlyList<LinkView> Downloads)
{
    /// <summary>How many rows' sessions were inferred (from the report's symbol, from the cycle's review); empty when none was.</summary>
    public IReadOnlyList<string> SessionNotes { get; init; } = [];
}
