namespace UprSite.Build.Pages.Models;

/// <summary>One filter of the explorer (cycle, theme, state, response, status): a select over the rows' values.</summary>
/// <param name="Name">The row attribute it reads (data-{Name}) and the query parameter that presets it.</param>
public sealed record FilterView(string Name, string Label, string AllLabel, IReadOnlyList<OptionView> Options);
