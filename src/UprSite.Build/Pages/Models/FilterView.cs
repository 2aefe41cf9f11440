namespace UprSite.Build.Pages.Models;

/// <summary>One filter of the explorer (cycle, theme, State, response, status, category, region, SDG, session).</summary>
/// <param name="Name">The query parameter that presets it and the key of its column in the explorer's index.json.</param>
public sealed record FilterView(string Name, string Label, string AllLabel, IReadOnlyList<OptionView> Options);
