using System.Globalization;
using UprSite.Build.Compute;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;

namespace UprSite.Build.Output.Downloads;

/// <summary>
/// /data/countries.csv: each country with the figures of the countries index; <c>basis</c> says what <c>received</c>
/// counts (official totals, official totals of some cycles, or recommendations by State counted from the rows).
/// </summary>
public static class CountriesCsv
{
    public static readonly string[] Columns =
    [
        "code", "name", "regional_group", "cycles", "basis", "received", "supported", "supported_share", "cycles_without_official_totals",
        "recommendations_by_state_held",
    ];

    public static byte[] Write(Site site, SiteFigures figures)
    {
        var csv = new CsvText().Row(Columns);
        foreach (var country in site.Countries)
        {
            var overview = CountryOverview.Of(figures.Of(country).Statistics);
            csv.Row(
            [
                country.Code,
                country.Name.Get("en", site.Settings.DefaultLanguage.Code),
                UnStates.ByAlpha2(country.Code)?.Group is { } g ? RegionalGroups.Label(g) : null,
                string.Join(' ', overview.Cycles.Select(Invariant)),
                BasisKey(overview.Basis),
                Invariant(overview.Received),
                Invariant(overview.Supported),
                overview.SupportedRate?.ToString("0.0000", CultureInfo.InvariantCulture),
                string.Join(' ', overview.UndeclaredCycles.Select(Invariant)),
                Invariant(overview.Held),
            ]);
        }

        return csv.ToBytes();
    }

    public static string BasisKey(CountryOverviewBasis basis) => basis switch
    {
        CountryOverviewBasis.Official => "official",
        CountryOverviewBasis.OfficialSomeCycles => "official-some-cycles",
        CountryOverviewBasis.Counted => "counted",
        _ => "none",
    };

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
