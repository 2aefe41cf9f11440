namespace UprSite.Build.Pages.Models;

/// <summary>The countries index: what it lists, what its figures count, one table per regional group, its CSV.</summary>
/// <param name="Counting">What the received column counts: official totals where declared, else recommendations by State.</param>
public sealed record CountriesIndexView(string Intro, string Counting, IReadOnlyList<DataTableView> Groups, string CsvHref, string StatesHref);
