namespace UprSite.Build.Pages.Models;

/// <summary>"What the State was already told": a sentence that always says something, and the rows behind it.</summary>
/// <param name="Summary">One sentence: the totals, or why there is nothing to show.</param>
public sealed record PreviousView(bool HasRows, string Summary, IReadOnlyList<PreviousCycleView> Cycles, IReadOnlyList<PreviousItemView> Items);
