namespace UprSite.Build.Charts;

/// <summary>
/// Everything one chart shows, in the page's language: the figure is drawn from it, and the same rows give the
/// HTML table (for screen readers, no-JavaScript readers and print) and the CSV download.
/// </summary>
/// <param name="Id">Stable anchor and file name (chart-cycles): links to it keep working across builds.</param>
/// <param name="Note">A remark under the chart, such as where its figures come from.</param>
/// <param name="DeclaredSources">The document of each cycle whose official total the chart shows, for its downloads' source line.</param>
public sealed record ChartData(
    string Id,
    ChartShape Shape,
    string Title,
    string Summary,
    string? Note,
    IReadOnlyList<ChartColumn> Columns,
    IReadOnlyList<ChartRow> Rows,
    string? ValueAxisTitle = null,
    IReadOnlyList<(int Cycle, string Source)>? DeclaredSources = null)
{
    /// <summary>This chart without the column <paramref name="key"/> when every row has zero in it (no "Pending" when nothing is pending).</summary>
    public ChartData WithoutEmptyColumn(string key)
    {
        var index = Columns.ToList().FindIndex(c => c.Key == key);
        if (index < 0 || Rows.Any(r => r.Values[index].Number is > 0))
        {
            return this;
        }

        return this with
        {
            Columns = Columns.Where((_, i) => i != index).ToList(),
            Rows = Rows.Select(r => r with { Values = r.Values.Where((_, i) => i != index).ToList() }).ToList(),
        };
    }
}
