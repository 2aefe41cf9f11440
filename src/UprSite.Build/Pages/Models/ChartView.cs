using UprSite.Build.Templates;
namespace UprSite.Build.Pages.Models;

/// <summary>One chart as the chart partial sees it.</summary>
/// <param name="Id">The anchor of the chart's figure element; its data block is <c>{Id}-figure</c>.</param>
/// <param name="FigureJson">The plotly.js figure, escaped for a &lt;script type="application/json"&gt; block.</param>
/// <param name="CsvHref">The chart's data as CSV, relative to the page.</param>
public sealed record ChartView(
    string Id,
    string Title,
    string Summary,
    string? Note,
    RawHtml FigureJson,
    DataTableView Table,
    string CsvHref,
    string CsvName);
