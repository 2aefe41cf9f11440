using UprSite.Build.Charts;
using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Output;
using UprSite.Build.Pages.Data;
using UprSite.Build.Pages.Models;
using UprSite.Build.Sources;
using UprSite.Build.Templates;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Text;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// Render: every page of the site in every language, then assets, static files and the sitemap. A factsheet or page
/// missing in one language is rendered there from its original, with a notice (a fallback page).
/// </summary>
/// <param name="withPdf">Whether the build prints PDFs, so that factsheet pages link to them.</param>
/// <param name="markdown">The Markdown of every factsheet and page, rendered here for each page that shows it.</param>
public sealed class SiteRenderer(Site site, MarkdownContent markdown, SiteFigures figures, SourceSet sources, StringTable strings, DiagnosticList diagnostics, bool withPdf = false)
{
    private readonly MarkdownRenderer _markdown = new();
    private readonly TemplateStore _templates = new(sources, diagnostics);
    private readonly OutputSet _output = new();
    private readonly LanguageLinks _links = new(site.Settings);
    private readonly FallbackNotices _notices = new(strings);
    private CountryDataRenderer? _countryData;

    private CountryDataRenderer CountryData => _countryData ??= new CountryDataRenderer(site, figures, strings, _output, Add);

    public OutputSet Render()
    {
        RenderRoot();
        foreach (var language in site.Settings.Languages)
        {
            RenderHome(language);
            foreach (var country in site.Countries)
            {
                RenderCountry(language, country);
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
            foreach (var translations in country.Factsheets.GroupBy(f => f.Slug))
            {
                var written = translations.ToDictionary(f => f.Language);
                var origin = written[_links.OriginOf(written.Keys).Code];
                foreach (var language in site.Settings.Languages)
                {
                    RenderFactsheet(country, written.GetValueOrDefault(language.Code) ?? origin, language, written.Keys);
                }
            }
        }

        foreach (var translations in site.Pages.GroupBy(p => p.Name))
        {
            var written = translations.ToDictionary(p => p.Language);
            var origin = written[_links.OriginOf(written.Keys).Code];
            foreach (var language in site.Settings.Languages)
            {
                RenderPage(written.GetValueOrDefault(language.Code) ?? origin, language, written.Keys);
            }
        }

        foreach (var language in site.Settings.Languages)
        {
            RenderNotFound(language, SitePaths.NotFound(language.Code));
        }

        RenderNotFound(site.Settings.DefaultLanguage, SitePaths.RootNotFound);
        StaticFiles.Copy(sources, _output);
        _output.Add(SitePaths.Sitemap, new OutputFile(Sitemap.Write(site, _output)));
        if (!_output.Contains(SitePaths.Robots))
        {
            _output.Add(SitePaths.Robots, new OutputFile(Robots.Write(site.Settings.BaseUrl)));
        }

        var ownRedirects = _output.Files.GetValueOrDefault(LanguageRedirects.FileName)?.Content;
        _output.Add(LanguageRedirects.FileName, new OutputFile(LanguageRedirects.Write(site.Settings, ownRedirects)));
        return _output;
    }

    private void RenderRoot()
    {
        var language = site.Settings.DefaultLanguage;
        var views = new ViewFactory(site, language, strings, SitePaths.Root);
        var homes = _links.Everywhere(SitePaths.Home);
        var page = views.Page("root", views.Site().Title, views.Site().Description, homes, []) with
        {
            Hreflangs = _links.Hreflangs(homes.Keys.ToList(), SitePaths.Home, SitePaths.Root),
        };
        Add(SitePaths.Root, "root", language, Model(views, page, language), views, null);
    }

    private void RenderHome(Language language)
    {
        var views = new ViewFactory(site, language, strings, SitePaths.Home(language.Code));
        var siteView = views.Site();
        var homes = _links.Everywhere(SitePaths.Home);
        var page = views.Page("home", siteView.Title, siteView.Description, homes, []) with
        {
            Hreflangs = _links.Hreflangs(homes.Keys.ToList(), SitePaths.Home, SitePaths.Root),
        };
        var model = Model(views, page, language);
        model["home"] = views.Home();
        Add(SitePaths.Home(language.Code), "home", language, model, views, null);
    }

    private void RenderCountry(Language language, Country country)
    {
        var path = SitePaths.Country(language.Code, country.Code);
        var views = new ViewFactory(site, language, strings, path);
        var countryView = views.Country(country);
        var pathIn = (string code) => SitePaths.Country(code, country.Code);
        var everywhere = _links.Everywhere(pathIn);
        var page = views.Page("country", countryView.Name, countryView.Summary is { } summary ? Excerpt.Of(summary) : null, everywhere, [views.HomeLink()]) with
        {
            Hreflangs = _links.Hreflangs(everywhere.Keys.ToList(), pathIn, pathIn(site.Settings.DefaultLanguage.Code)),
        };
        var model = Model(views, page, language);
        model["country"] = countryView;
        model["dashboard"] = CountryData.Dashboard(country, language, views);
        model["print_pack"] = PrintPackLink(country, language, views);
        Add(path, "country", language, model, views, null);
    }

    /// <summary>
    /// The page Netlify (and <c>serve</c>) answers an unknown address with. Its relative links start from its own
    /// folder through &lt;base&gt;, whatever address it is shown at.
    /// </summary>
    private void RenderNotFound(Language language, string path)
    {
        var views = new ViewFactory(site, language, strings, path);
        var title = strings.Get(language.Code, "not_found.title");
        var page = views.Page("not-found", title, strings.Get(language.Code, "not_found.text"), _links.Everywhere(SitePaths.NotFound), [views.HomeLink()]) with
        {
            Hreflangs = [],
            NoIndex = true,
            BaseHref = NotFoundBase(path),
        };
        Add(path, "not-found", language, Model(views, page, language), views);
    }

    /// <summary>The address path of the page's folder under base_url: /en/ for en/404.html on https://example.org.</summary>
    private string NotFoundBase(string path)
    {
        var folder = _links.Absolute(path[..(path.LastIndexOf('/') + 1)]);
        return Uri.TryCreate(folder, UriKind.Absolute, out var uri) ? uri.AbsolutePath : folder;
    }

    /// <summary>Null unless the build prints PDFs and a factsheet is written in this language (only those go in its pack).</summary>
    private PrintPackLinkView? PrintPackLink(Country country, Language language, ViewFactory views)
    {
        if (!withPdf || !country.Factsheets.Any(f => f.Language == language.Code))
        {
            return null;
        }

        var pack = PrintPaths.PrintPack(language.Code, country.Code);
        return new PrintPackLinkView(views.Href(pack), pack.Split('/')[^1]);
    }

    /// <param name="factsheet">The reader's translation, or the original when there is none (a fallback page).</param>
    private void RenderFactsheet(Country country, Factsheet factsheet, Language language, IReadOnlyCollection<string> written)
    {
        var pathIn = (string code) => SitePaths.Factsheet(code, country.Code, factsheet.Slug);
        var path = pathIn(language.Code);
        var views = new ViewFactory(site, language, strings, path);
        var countryView = views.Country(country);
        var crumbs = new[] { views.HomeLink(), new LinkView(countryView.Name, countryView.Href) };
        var page = Translated(views.Page("factsheet", factsheet.Title, factsheet.Description ?? factsheet.Excerpt, _links.Everywhere(pathIn), crumbs),
            "factsheet", factsheet.Language, language, written, pathIn, views);
        var model = Model(views, page, language);
        model["country"] = countryView;
        var original = pathIn(factsheet.Language);
        var html = FactsheetHtml.For(site, _markdown, markdown, factsheet, path);
        model["factsheet"] = views.Factsheet(factsheet, country, html.Body());
        FactsheetModel.Add(model, new FactsheetViewFactory(site, language, strings, path, withPdf), html, factsheet, country);
        Add(path, "factsheet", language, model, views, factsheet.Source, factsheet.Body.Links, FallbackOrNull(original, path));
    }

    /// <param name="content">The reader's translation, or the original when there is none (a fallback page).</param>
    private void RenderPage(Page content, Language language, IReadOnlyCollection<string> written)
    {
        var pathIn = (string code) => SitePaths.Page(code, content.Name);
        var path = pathIn(language.Code);
        var views = new ViewFactory(site, language, strings, path);
        var page = Translated(views.Page("page", content.Title, content.Description ?? content.Excerpt, _links.Everywhere(pathIn), [views.HomeLink()]),
            "page", content.Language, language, written, pathIn, views);
        var model = Model(views, page, language);
        var original = pathIn(content.Language);
        var placement = new MarkdownPlacement(original, path, site.Settings.FindLanguage(content.Language)?.Direction == TextDirection.Rtl);
        var body = _markdown.Html(markdown.Of(content), placement);
        model["content_page"] = new ContentView(content.Title, content.Description, new RawHtml(body));
        Add(path, "page", language, model, views, content.Source, content.Body.Links, FallbackOrNull(original, path));
    }

    /// <summary>hreflang for a factsheet or page, and on a fallback page its notice, content language and canonical.</summary>
    private PageView Translated(PageView page, string kind, string contentLanguage, Language reader,
        IReadOnlyCollection<string> written, Func<string, string> pathIn, ViewFactory views)
    {
        var origin = _links.OriginOf(written);
        page = page with { Hreflangs = _links.Hreflangs(written, pathIn, pathIn(origin.Code)) };
        if (contentLanguage == reader.Code)
        {
            return page;
        }

        var original = site.Settings.FindLanguage(contentLanguage)!;
        return page with
        {
            CanonicalOverride = _links.Absolute(pathIn(original.Code)),
            ContentLang = original.Code,
            ContentDir = LanguageLinks.Dir(original),
            Fallback = _notices.For(kind, reader, original, views.Href(pathIn(original.Code))),
        };
    }

    internal static Dictionary<string, object?> Model(ViewFactory views, PageView page, Language language) => new()
    {
        ["site"] = views.Site(),
        ["page"] = page,
        ["lang"] = ViewFactory.Language(language),
    };

    private static string? FallbackOrNull(string originalPath, string path) => originalPath == path ? null : originalPath;

    private void Add(string path, string kind, Language language, Dictionary<string, object?> model, ViewFactory views) =>
        Add(path, kind, language, model, views, null);

    private void Add(string path, string kind, Language language, Dictionary<string, object?> model, ViewFactory views,
        SourceRef? origin, IReadOnlyList<MarkdownLink>? links = null, string? fallbackOf = null)
    {
        var renderer = new LayoutRenderer(_templates, strings, diagnostics);
        if (renderer.Render(kind, language, model, views) is { } bytes)
        {
            _output.Add(path, new OutputFile(bytes, origin, links) { FallbackOf = fallbackOf });
        }
    }
}
