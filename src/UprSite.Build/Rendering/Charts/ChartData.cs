namespace UprSite.Build.Rendering.Charts;

/// <summary>
/// Everything one chart shows, in the page's language: the figure is drawn from it, and the same rows give the
/// HTML table (for screen readers, no-JavaScript readers and print) and the CSV download.
/// </summary>
/// <param name="Id">Stable anchor and file name (chart-cycles): links to it keep working across builds.</param>
/// <param name="Note">A remark under the chart, such as where its figures come from.</param>
public sealed record ChartData(
    string Id,
    ChartShape Shape,
    string Title,
    string Summary,
    string? Note,
    IReadOnlyList<ChartColumn> Columns,
    IReadOnlyList<ChartRow> Rows,
    string? ValueAxisTitle = null);
