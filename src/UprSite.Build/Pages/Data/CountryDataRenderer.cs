using UprSite.Build.Charts;
using UprSite.Build.Compute;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Output.Downloads;
using UprSite.Build.Output.Matrix;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// A country's recommendation data on the site: the dashboard's view, the explorer and State pages in every language
/// (as page jobs <see cref="SiteRenderer"/> renders like every other page), and the downloads (CSV/JSON for the rows
/// and statistics, one CSV per chart, the OHCHR-style matrix of each cycle with rows as .docx and .xlsx).
/// </summary>
/// <param name="pdfs">The PDFs the Print stage will make: each State page links its brief's PDF when it is among them.</param>
public sealed class CountryDataRenderer(Site site, SiteFigures figures, StringTable strings, IReadOnlySet<string>? pdfs = null)
{
    public DashboardView Dashboard(Country country, Language language, ViewFactory views) =>
        DashboardBuilder.Build(Page(country, language, views), figures.ChartsOf(country, language));

    /// <summary>Where the country's UPR cycle stands and the stakeholder submissions; null when it has neither.</summary>
    public CalendarView? Calendar(Country country, Language language, ViewFactory views)
    {
        var charts = figures.ChartsOf(country, language);
        return CalendarBuilder.Build(Page(country, language, views), figures.CalendarOf(country), figures.Today, charts.Participation,
            charts.Dashboard.Count + charts.Implementation.Count > 0);
    }

    /// <summary>The explorer and one page per recommending State, in one language: each page's job, to be made where it renders.</summary>
    public IEnumerable<Func<PageJob?>> Pages(Country country, Language language)
    {
        var explorerPath = PageKinds.Explorer.Path(language.Code, country.Code);
        var title = new Lazy<string>(() =>
        {
            var page = Page(country, language, new ViewFactory(site, language, strings, explorerPath));
            return page.Labels.Fill("data.explorer.title", page.CountryPlaceholders);
        });
        for (var number = 1; number <= figures.Of(country).Explorer.PageCount; number++)
        {
            var shown = number;
            yield return () => ExplorerPage(country, language, title.Value, shown);
        }

        foreach (var state in figures.Of(country).States)
        {
            yield return () => StatePage(country, language, state, explorerPath);
        }
    }

    /// <summary>Downloads of one country: the same bytes whatever the languages, so written once.</summary>
    public void AddDownloads(Country country, OutputSet output)
    {
        var data = figures.Of(country);
        output.Add(CountryDataPaths.RecommendationsCsv(country.Code), new OutputFile(RecommendationsCsv.Write(data)));
        output.Add(CountryDataPaths.RecommendationsJson(country.Code), new OutputFile(RecommendationsJson.Write(data)));
        output.Add(CountryDataPaths.StatisticsJson(country.Code), new OutputFile(StatisticsJson.Write(data)));
        output.Add(CountryDataPaths.ExplorerIndex(country.Code), new OutputFile(ExplorerJson.Index(data)));
        for (var shard = 0; shard < data.Explorer.ShardCount; shard++)
        {
            output.Add(CountryDataPaths.ExplorerText(country.Code, shard), new OutputFile(ExplorerJson.Text(data, shard)));
        }

        var name = country.Name.Get("en", site.Settings.DefaultLanguage.Code);
        foreach (var cycle in MatrixRows.Cycles(data))
        {
            var matrix = MatrixRows.Of(data, cycle, name);
            output.Add(CountryDataPaths.Matrix(country.Code, cycle, "docx"), new OutputFile(MatrixDocx.Write(matrix)));
            output.Add(CountryDataPaths.Matrix(country.Code, cycle, "xlsx"), new OutputFile(MatrixXlsx.Write(matrix)));
        }

        foreach (var chart in figures.ChartsOf(country, site.Settings.DefaultLanguage).All)
        {
            output.Add(CountryDataPaths.ChartCsv(country.Code, chart.Id), new OutputFile(ChartCsv.Write(chart)));
        }
    }

    private PageJob StatePage(Country country, Language language, StateFigures state, string explorerPath)
    {
        var path = PageKinds.State.Path(language.Code, country.Code, state.Slug);
        var stateViews = new ViewFactory(site, language, strings, path);
        var statePage = Page(country, language, stateViews);
        var crumbs = new[]
        {
            stateViews.HomeLink(),
            new LinkView(statePage.CountryName, stateViews.Href(SitePaths.Country(language.Code, country.Code))),
            new LinkView(statePage.Labels.T("data.explorer.short_title"), stateViews.Href(explorerPath)),
        };
        var stateTitle = statePage.Labels.Fill("data.state.title", [.. statePage.Labels.StateForms(state.State).Placeholders("state"), .. statePage.CountryPlaceholders]);
        var pageView = stateViews.Page(PageKinds.State.Name, stateTitle, null,
            EveryLanguage(PageKinds.State, new PageAddress(language.Code, country.Code, state.Slug)), crumbs);
        return new PageJob(PageKinds.State, new PageAddress(language.Code, country.Code, state.Slug), language,
            new StateModel(stateViews.Site(), pageView, ViewFactory.Language(language), StatePageBuilder.Build(statePage, state) with
            {
                Brief = site.Settings.Print.Briefs ? BriefPages.Link(language.Code, country.Code, state.Slug, pdfs ?? new HashSet<string>(), stateViews) : null,
            }), stateViews);
    }

    /// <summary>Plain page <paramref name="number"/> of the explorer; every page but the first names its number in the title.</summary>
    private PageJob ExplorerPage(Country country, Language language, string title, int number)
    {
        var address = new PageAddress(language.Code, country.Code, number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var views = new ViewFactory(site, language, strings, PageKinds.Explorer.PathOf(address));
        var page = Page(country, language, views);
        var crumbs = new[] { views.HomeLink(), new LinkView(page.CountryName, views.Href(SitePaths.Country(language.Code, country.Code))) };
        var explorer = ExplorerBuilder.Build(page, number);
        var pageTitle = number == 1 ? title : $"{title} ({explorer.Pager.Text})";
        var pageView = views.Page(PageKinds.Explorer.Name, pageTitle, null, EveryLanguage(PageKinds.Explorer, address), crumbs);
        return new PageJob(PageKinds.Explorer, address, language, new ExplorerModel(views.Site(), pageView, ViewFactory.Language(language), explorer), views);
    }

    private CountryDataPage Page(Country country, Language language, ViewFactory views) =>
        new(site, figures.Of(country), language, new DataLabels(strings, language), views);

    private IReadOnlyDictionary<string, string> EveryLanguage(PageKind kind, PageAddress address) =>
        kind.PathsByLanguage(address, site.Settings.Languages.Select(l => l.Code));
}
