namespace UprSite.Build.Charts;

/// <summary>A column of a chart's data table and CSV.</summary>
/// <param name="Key">The CSV header (snake_case English, the same in every language).</param>
/// <param name="Label">The table header in the page's language.</param>
/// <param name="Colour">For a plotted column: its colour, a CSS custom property (var(--supported)) that charts.js resolves.</param>
public sealed record ChartColumn(string Key, string Label, bool IsNumber, bool IsPlotted = false, string? Colour = null);
