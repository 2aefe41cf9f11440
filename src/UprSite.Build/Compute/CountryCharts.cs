using UprSite.Build.Charts;

namespace UprSite.Build.Compute;

/// <summary>
/// The charts of one country's dashboard in one language, in page order, without those that have no data; their
/// State links are relative to the country page. The default language's are also the chart CSVs.
/// </summary>
public sealed record CountryCharts(IReadOnlyList<ChartData> Dashboard, IReadOnlyList<ChartData> Implementation)
{
    public IEnumerable<ChartData> All => Dashboard.Concat(Implementation);
}
