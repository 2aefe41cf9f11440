using UprSite.Build.Loading;
using UprSite.Build.Rendering.Charts;
using UprSite.Build.Rendering.Data;
using UprSite.Build.Rendering.Views;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Rendering;

/// <summary>Render: every page of the site in every language, then assets, static files and the sitemap.</summary>
/// <param name="withPdf">Whether the build prints PDFs, so that factsheet pages link to them.</param>
public sealed class SiteRenderer(Site site, SourceSet sources, StringTable strings, DiagnosticList diagnostics, bool withPdf = false)
{
    private readonly TemplateStore _templates = new(sources, diagnostics);
    private readonly OutputSet _output = new();
    private CountryDataRenderer? _countryData;

    private CountryDataRenderer CountryData => _countryData ??= new CountryDataRenderer(site, strings, _output, Add);

    public OutputSet Render()
    {
        var everyLanguage = (Func<string, string> path) => site.Settings.Languages.ToDictionary(l => l.Code, l => path(l.Code));
        RenderRoot();
        foreach (var language in site.Settings.Languages)
        {
            RenderHome(language, everyLanguage(SitePaths.Home));
            foreach (var country in site.Countries)
            {
                RenderCountry(language, country, everyLanguage(code => SitePaths.Country(code, country.Code)));
                CountryData.RenderPages(country, language);
            }
        }

        foreach (var country in site.Countries)
        {
            CountryData.RenderDownloads(country);
        }

        if (site.Countries.Count > 0)
        {
            PlotlyScript.Add(_output);
        }

        foreach (var country in site.Countries)
        {
            foreach (var factsheet in country.Factsheets)
            {
                RenderFactsheet(country, factsheet);
            }
        }

        foreach (var page in site.Pages)
        {
            RenderPage(page);
        }

        StaticFiles.Copy(sources, _output);
        _output.Add(SitePaths.Sitemap, new OutputFile(Sitemap.Write(site, _output)));
        return _output;
    }

    private void RenderRoot()
    {
        var language = site.Settings.DefaultLanguage;
        var views = new ViewFactory(site, language, strings, SitePaths.Root);
        var alternates = site.Settings.Languages.ToDictionary(l => l.Code, l => SitePaths.Home(l.Code));
        var model = Model(views, views.Page("root", views.Site().Title, views.Site().Description, alternates, []), language);
        Add(SitePaths.Root, "root", language, model, views, null);
    }

    private void RenderHome(Language language, IReadOnlyDictionary<string, string> alternates)
    {
        var views = new ViewFactory(site, language, strings, SitePaths.Home(language.Code));
        var siteView = views.Site();
        var model = Model(views, views.Page("home", siteView.Title, siteView.Description, alternates, []), language);
        model["home"] = views.Home();
        Add(SitePaths.Home(language.Code), "home", language, model, views, null);
    }

    private void RenderCountry(Language language, Country country, IReadOnlyDictionary<string, string> alternates)
    {
        var path = SitePaths.Country(language.Code, country.Code);
        var views = new ViewFactory(site, language, strings, path);
        var countryView = views.Country(country);
        var model = Model(views, views.Page("country", countryView.Name, countryView.Summary, alternates, [views.HomeLink()]), language);
        model["country"] = countryView;
        model["dashboard"] = CountryData.Dashboard(country, language, views);
        Add(path, "country", language, model, views, null);
    }

    private void RenderFactsheet(Country country, Factsheet factsheet)
    {
        var language = site.Settings.FindLanguage(factsheet.Language)!;
        var path = SitePaths.Factsheet(language.Code, country.Code, factsheet.Slug);
        var views = new ViewFactory(site, language, strings, path);
        var alternates = site.TranslationsOf(factsheet).ToDictionary(f => f.Language, f => SitePaths.Factsheet(f.Language, country.Code, f.Slug));
        var countryView = views.Country(country);
        var crumbs = new[] { views.HomeLink(), new LinkView(countryView.Name, countryView.Href) };
        var model = Model(views, views.Page("factsheet", factsheet.Title, null, alternates, crumbs), language);
        model["country"] = countryView;
        model["factsheet"] = views.Factsheet(factsheet, country);
        FactsheetModel.Add(model, new FactsheetViewFactory(site, language, strings, path, withPdf), factsheet, country);
        Add(path, "factsheet", language, model, views, factsheet.Source, factsheet.Body.Links);
    }

    private void RenderPage(Page page)
    {
        var language = site.Settings.FindLanguage(page.Language)!;
        var path = SitePaths.Page(language.Code, page.Name);
        var views = new ViewFactory(site, language, strings, path);
        var alternates = site.TranslationsOf(page).ToDictionary(p => p.Language, p => SitePaths.Page(p.Language, p.Name));
        var model = Model(views, views.Page("page", page.Title, page.Description, alternates, [views.HomeLink()]), language);
        model["content_page"] = new ContentView(page.Title, page.Description, new RawHtml(page.Body.Html));
        Add(path, "page", language, model, views, page.Source, page.Body.Links);
    }

    internal static Dictionary<string, object?> Model(ViewFactory views, PageView page, Language language) => new()
    {
        ["site"] = views.Site(),
        ["page"] = page,
        ["lang"] = ViewFactory.Language(language),
    };

    private void Add(string path, string kind, Language language, Dictionary<string, object?> model, ViewFactory views) =>
        Add(path, kind, language, model, views, null);

    private void Add(string path, string kind, Language language, Dictionary<string, object?> model, ViewFactory views,
        SourceRef? origin, IReadOnlyList<MarkdownLink>? links = null)
    {
        var renderer = new LayoutRenderer(_templates, strings, diagnostics);
        if (renderer.Render(kind, language, model, views) is { } bytes)
        {
            _output.Add(path, new OutputFile(bytes, origin, links));
        }
    }
}
