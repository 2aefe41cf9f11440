using UprSite.Build.Charts;

namespace UprSite.Build.Compute;

/// <summary>
/// The charts of one country's dashboard in one language, in page order, without those that have no data; their
/// State links are relative to the country page. The default language's are also the chart CSVs.
/// </summary>
/// <param name="Participation">Civil society's stakeholder submissions per review, shown with the calendar; null when country.yml gives none.</param>
public sealed record CountryCharts(IReadOnlyList<ChartData> Dashboard, IReadOnlyList<ChartData> Implementation, ChartData? Participation = null)
{
    public IEnumerable<ChartData> All => Dashboard.Concat(Implementation).Concat(Participation is null ? [] : [Participation]);
}
