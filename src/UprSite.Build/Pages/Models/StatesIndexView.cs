namespace UprSite.Build.Pages.Models;

/// <summary>The index of recommending States: what its figures count, and one table per regional group.</summary>
public sealed record StatesIndexView(string Intro, string Counting, IReadOnlyList<DataTableView> Groups);
