using UprSite.Build.Compute;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// What one State recommended to every country of the site, per cycle, with the responses: the page a diplomat of
/// that State looks for first. Its figures are the countries' own State pages' figures, added up.
/// </summary>
public static class StateAcrossBuilder
{
    public static StateAcrossView Build(Site site, SiteFigures figures, StateAcross state, DataLabels l, ViewFactory views)
    {
        var language = l.Language;
        var name = l.StateName(state.State);
        var countries = ByName(state, site, l).Select(p => Country(site, figures, p.Country, p.Figures, l, views)).ToList();
        var summary = Summary(l, state.State, state.Total, state.Countries.Count, state.Cycles);
        var csv = SiteIndexPaths.StateCsv(state.Slug);
        return new StateAcrossView(name, state.Slug, state.Group is null ? null : RegionalTables.GroupName(state.Group, l), summary,
            l.T("many.state.counting"), Table(state, site, l, views), countries, views.Href(csv), csv.Split('/')[^1])
        {
            CsvLabel = l.Count("many.download.state_csv", state.Total.Received),
        };
    }

    private static DataTableView Table(StateAcross state, Site site, DataLabels l, ViewFactory views)
    {
        var headers = new[]
        {
            new DataCellView(l.T("many.column.country_cycle"), false), new DataCellView(l.T("many.column.by_state"), true),
            new DataCellView(l.T("country.supported"), true), new DataCellView(l.T("country.noted"), true),
            new DataCellView(l.T("country.partly_supported"), true), new DataCellView(l.T("country.pending"), true),
            new DataCellView(l.T("many.column.supported_share"), true),
        };
        var rows = ByName(state, site, l).SelectMany(p => p.Figures.Cycles.Select(c => (IReadOnlyList<DataCellView>)new DataCellView[]
        {
            new(l.Fill("many.state.country_cycle", ("country", p.Country.Name.Get(l.Language, site.Settings.DefaultLanguage.Code)), ("cycle", l.Cycle(c.Cycle))),
                false, views.Href(CountryDataPaths.RecommendingState(l.Language, p.Country.Code, p.Figures.Slug)) + "#cycle-" + c.Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(l.Format.Number(c.Total.Received), true),
            new(l.Format.Number(c.Total.Supported), true),
            new(l.Format.Number(c.Total.Noted), true),
            new(l.Format.Number(c.Total.PartlySupported), true),
            new(l.Format.Number(c.Total.Pending), true),
            new(l.Format.Percent(c.Total.SupportedRate), true),
        })).ToList();
        return new DataTableView(l.Fill("many.state.table_caption", l.StateForms(state.State).Placeholders("state")), headers, rows);
    }

    /// <summary>The countries it recommended to, by their names in the page's language.</summary>
    private static IEnumerable<(Country Country, StateFigures Figures)> ByName(StateAcross state, Site site, DataLabels l) =>
        state.Countries.OrderBy(p => p.Country.Name.Get(l.Language, site.Settings.DefaultLanguage.Code), StringComparer.Create(l.Culture, false));

    private static StateCountryView Country(Site site, SiteFigures figures, Country country, StateFigures part, DataLabels l, ViewFactory views)
    {
        var data = figures.Of(country);
        var page = new CountryDataPage(site, data, site.Settings.Languages.First(x => x.Code == l.Language), l, views);
        var cycles = part.Cycles.Select(c =>
        {
            var review = country.Reviews.FirstOrDefault(r => r.Cycle == c.Cycle);
            return new StateCycleView(c.Cycle, l.Cycle(c.Cycle), review?.Date is { } d ? l.Format.Date(d) : null,
                review?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                l.Count("data.state.cycle_figures", c.Total.Received, ("parts", ResponseParts.Of(l, c.Rows.Select(r => r.Response)))),
                c.Rows.Select(r => RecommendationViews.Of(page, r)).ToList());
        }).ToList();
        var summary = CountrySummary(l, part.Total, part.Cycles.Select(c => c.Cycle).ToList());
        return new StateCountryView(country.Code, "country-" + country.Code, page.CountryName, summary,
            views.Href(CountryDataPaths.RecommendingState(l.Language, country.Code, part.Slug)), views.Href(SitePaths.Country(l.Language, country.Code)), cycles);
    }

    /// <summary>
    /// "This site holds 12 recommendations by State that France made to 2 States under Review in cycles 1 and 2;
    /// supported: 9 of 12 (75.0%)"; when none was supported, what became of them instead of "supported: 0 of 1 (0.0%)".
    /// </summary>
    public static string Summary(DataLabels l, string state, GroupFigures total, int countries, IReadOnlyList<int> cycles) =>
        l.Count(total.Supported == 0 ? "many.state.summary_none" : "many.state.summary", total.Received, countries,
            [.. l.StateForms(state).Placeholders("state"), ("countries", l.Format.Number(countries)), ("cycles", Holdings.InCycles(l, cycles)),
            ("supported", l.Format.Number(total.Supported)), ("share", l.Format.Percent(total.SupportedRate)), ("parts", NotSupportedParts(l, total))]);

    /// <summary>"3 recommendations by State in cycle 2; 2 supported (66.7%)", or what became of them when none was supported.</summary>
    public static string CountrySummary(DataLabels l, GroupFigures total, IReadOnlyList<int> cycles) =>
        l.Count(total.Supported == 0 ? "many.state.country_summary_none" : "many.state.country_summary", total.Received,
            ("cycles", Holdings.InCycles(l, cycles)), ("supported", l.Format.Number(total.Supported)), ("share", l.Format.Percent(total.SupportedRate)),
            ("parts", NotSupportedParts(l, total)));

    /// <summary>
    /// What became of recommendations none of which was supported ("1 partly supported", "3 noted and 1 pending"): the
    /// sentence says that, not "supported: 0 of 1 (0.0%)".
    /// </summary>
    private static string NotSupportedParts(DataLabels l, GroupFigures total) => ResponseParts.Of(l,
        [("partly-supported", total.PartlySupported), ("noted", total.Noted), ("pending", total.Pending)]);
}
