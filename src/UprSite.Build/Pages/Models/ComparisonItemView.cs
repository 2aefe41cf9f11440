namespace UprSite.Build.Pages.Models;

/// <summary>One table of a comparison view: drawn as a chart (with the chart partial) or shown as a table with its CSV link.</summary>
/// <param name="Chart">Its title, summary, note, table and CSV; <c>figure_json</c> is empty when it is no chart.</param>
public sealed record ComparisonItemView(bool IsChart, ChartView Chart);
