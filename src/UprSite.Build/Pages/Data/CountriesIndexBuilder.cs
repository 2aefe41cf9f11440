using UprSite.Build.Compute;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>The countries index of one language: each country with its cycles, recommendations received and share supported.</summary>
public static class CountriesIndexBuilder
{
    public static CountriesIndexView Build(Site site, SiteFigures figures, DataLabels l, ViewFactory views)
    {
        var language = l.Language;
        var headers = new[]
        {
            new DataCellView(l.T("many.column.country"), false), new DataCellView(l.T("many.column.cycles"), false),
            new DataCellView(l.T("many.column.received"), true), new DataCellView(l.T("many.column.counted_as"), false),
            new DataCellView(l.T("many.column.supported_share"), true),
        };
        var byName = site.Countries.OrderBy(c => c.Name.Get(language, site.Settings.DefaultLanguage.Code), StringComparer.Create(l.Culture, false));
        var tables = RegionalTables.Of(byName, c => UnStates.ByAlpha2(c.Code)?.Group, l, headers, country =>
        {
            var overview = CountryOverview.Of(figures.Of(country).Statistics);
            return new DataCellView[]
            {
                new(country.Name.Get(language, site.Settings.DefaultLanguage.Code), false, views.Href(SitePaths.Country(language, country.Code))),
                new(overview.Cycles.Count == 0 ? "–" : Holdings.List(l, overview.Cycles), false),
                new(overview.Basis == CountryOverviewBasis.None ? "–" : l.Format.Number(overview.Received), true),
                new(Basis(overview, l), false),
                new(l.Format.Percent(overview.SupportedRate), true),
            };
        });
        return new CountriesIndexView(
            l.Count("many.countries.intro", site.Countries.Count),
            l.T("many.countries.counting"),
            tables,
            views.Href(SiteIndexPaths.CountriesCsv),
            views.Href(SiteIndexPaths.States(language)));
    }

    private static string Basis(CountryOverview overview, DataLabels l) => overview.Basis switch
    {
        CountryOverviewBasis.Official => l.T("many.basis.official"),
        CountryOverviewBasis.OfficialSomeCycles => l.Count("many.basis.official_some", overview.UndeclaredCycles.Count,
            ("cycles", Holdings.List(l, overview.UndeclaredCycles))),
        CountryOverviewBasis.Counted => l.T("many.basis.counted"),
        _ => l.T("many.basis.none"),
    };
}
