namespace UprSite.Build.Pages.Models;

/// <summary>One recommending State across the site: its totals, a table per country and cycle, every recommendation.</summary>
/// <param name="GroupName">Its UN regional group in the page's language; null for a State in none.</param>
/// <param name="Counting">What the figures count (recommendations by State, one row per recommending State).</param>
/// <param name="Table">One row per country and cycle: recommendations by State, supported, noted, partly supported, pending, share.</param>
public sealed record StateAcrossView(
    string Name,
    string Slug,
    string? GroupName,
    string Summary,
    string Counting,
    DataTableView Table,
    IReadOnlyList<StateCountryView> Countries,
    string CsvHref,
    string CsvName)
{
    /// <summary>The CSV link's words, agreeing with how many recommendations the State made across the site.</summary>
    public required string CsvLabel { get; init; }
}
