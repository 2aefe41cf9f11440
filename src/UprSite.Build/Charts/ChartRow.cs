namespace UprSite.Build.Charts;

/// <summary>A category of a chart (a cycle, a theme, a State) with one value per column; the first value names it.</summary>
/// <param name="Href">A page about the category (a recommending State's page), relative to the current page.</param>
/// <param name="Colour">The category's own colour in a doughnut (a CSS custom property such as var(--noted)).</param>
public sealed record ChartRow(IReadOnlyList<ChartValue> Values, string? Href = null, string? Colour = null);
