using UprSite.Build.Charts;
using UprSite.Build.Compute;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Output.Downloads;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// A country's recommendation data on the site: the dashboard's view, the explorer and State pages in every language,
/// and the downloads (CSV/JSON for the rows and statistics, one CSV per chart). Called from <see cref="SiteRenderer"/>.
/// </summary>
/// <param name="addPage">Renders a layout into the output: path, layout kind, language, model, views.</param>
public sealed class CountryDataRenderer(
    Site site,
    SiteFigures figures,
    StringTable strings,
    OutputSet output,
    Action<string, string, Language, Dictionary<string, object?>, ViewFactory> addPage)
{
    public DashboardView Dashboard(Country country, Language language, ViewFactory views) =>
        DashboardBuilder.Build(Page(country, language, views));

    /// <summary>The explorer and one page per recommending State, in one language.</summary>
    public void RenderPages(Country country, Language language)
    {
        var data = DataOf(country);
        var explorerPath = CountryDataPaths.Explorer(language.Code, country.Code);
        var views = new ViewFactory(site, language, strings, explorerPath);
        var page = Page(country, language, views);
        var countryCrumb = new LinkView(page.CountryName, views.Href(SitePaths.Country(language.Code, country.Code)));
        var title = page.Labels.Fill("data.explorer.title", ("country", page.CountryName));
        var model = SiteRenderer.Model(views, views.Page("explorer", title, null, EveryLanguage(l => CountryDataPaths.Explorer(l, country.Code)),
            [views.HomeLink(), countryCrumb]), language);
        model["explorer"] = ExplorerBuilder.Build(page);
        addPage(explorerPath, "explorer", language, model, views);

        foreach (var (state, slug) in data.Slugs.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            var path = CountryDataPaths.RecommendingState(language.Code, country.Code, slug);
            var stateViews = new ViewFactory(site, language, strings, path);
            var statePage = Page(country, language, stateViews);
            var crumbs = new[]
            {
                stateViews.HomeLink(),
                new LinkView(statePage.CountryName, stateViews.Href(SitePaths.Country(language.Code, country.Code))),
                new LinkView(page.Labels.T("data.explorer.short_title"), stateViews.Href(explorerPath)),
            };
            var stateTitle = statePage.Labels.Fill("data.state.title", ("state", state), ("country", statePage.CountryName));
            var stateModel = SiteRenderer.Model(stateViews, stateViews.Page("state", stateTitle, null,
                EveryLanguage(l => CountryDataPaths.RecommendingState(l, country.Code, slug)), crumbs), language);
            stateModel["state"] = StatePageBuilder.Build(statePage, state);
            addPage(path, "state", language, stateModel, stateViews);
        }
    }

    /// <summary>Downloads of one country: the same bytes whatever the languages, so written once.</summary>
    public void RenderDownloads(Country country)
    {
        var data = DataOf(country);
        output.Add(CountryDataPaths.RecommendationsCsv(country.Code), new OutputFile(RecommendationsCsv.Write(data)));
        output.Add(CountryDataPaths.RecommendationsJson(country.Code), new OutputFile(RecommendationsJson.Write(data)));
        output.Add(CountryDataPaths.StatisticsJson(country.Code), new OutputFile(StatisticsJson.Write(data)));
        var language = site.Settings.DefaultLanguage;
        var page = Page(country, language, new ViewFactory(site, language, strings, SitePaths.Country(language.Code, country.Code)));
        foreach (var chart in DashboardBuilder.Charts(page).Concat(DashboardBuilder.ImplementationCharts(page)))
        {
            output.Add(CountryDataPaths.ChartCsv(country.Code, chart.Id), new OutputFile(ChartCsv.Write(chart)));
        }
    }

    private CountryDataPage Page(Country country, Language language, ViewFactory views) =>
        new(site, DataOf(country), language, new DataLabels(strings, language), views);

    private CountryData DataOf(Country country) => figures.Of(country);

    private Dictionary<string, string> EveryLanguage(Func<string, string> path) =>
        site.Settings.Languages.ToDictionary(l => l.Code, l => path(l.Code));
}
