using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Pages.Data;
using UprSite.Build.Pages.Models;
using UprSite.Build.Templates;
using UprSite.Core.Model;
using UprSite.Core.Text;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// The jobs of the site's own pages (<see cref="SiteRenderer"/> lists them): the root and home pages, each country's
/// page, factsheets and Markdown pages in every language (from the original where a translation is missing: a
/// fallback page with a notice) and the 404 pages. Each job carries its typed model; nothing is rendered here.
/// </summary>
/// <param name="renderer">Turns the Markdown of <paramref name="markdown"/> into HTML for the page that shows it.</param>
/// <param name="pdfs">The PDFs the Print stage will make (a country page links its print pack when it is among them).</param>
public sealed class SitePageJobs(Site site, MarkdownContent markdown, SiteFigures figures, StringTable strings, MarkdownRenderer renderer,
    IReadOnlySet<string> pdfs)
{
    private readonly LanguageLinks _links = new(site.Settings);

    public PageJob Root()
    {
        var language = site.Settings.DefaultLanguage;
        var path = PageKinds.Root.Path(language.Code);
        var views = Views(language, path);
        var homes = _links.Everywhere(SitePaths.Home);
        var page = views.Page(PageKinds.Root.Name, views.Site().Title, views.Site().Description, homes, []) with
        {
            Hreflangs = _links.Hreflangs(homes.Keys.ToList(), SitePaths.Home, SitePaths.Root),
        };
        return new PageJob(PageKinds.Root, new PageAddress(language.Code), language, new RootModel(views.Site(), page, ViewFactory.Language(language)), views);
    }

    public PageJob Home(Language language)
    {
        var path = PageKinds.Home.Path(language.Code);
        var views = Views(language, path);
        var siteView = views.Site();
        var homes = _links.Everywhere(SitePaths.Home);
        var page = views.Page(PageKinds.Home.Name, siteView.Title, siteView.Description, homes, []) with
        {
            Hreflangs = _links.Hreflangs(homes.Keys.ToList(), SitePaths.Home, SitePaths.Root),
        };
        return new PageJob(PageKinds.Home, new PageAddress(language.Code), language, new HomeModel(siteView, page, ViewFactory.Language(language), views.Home()), views);
    }

    public PageJob Country(Language language, Country country, CountryDataRenderer countryData)
    {
        var path = PageKinds.Country.Path(language.Code, country.Code);
        var views = Views(language, path);
        var countryView = views.Country(country);
        var pathIn = (string code) => PageKinds.Country.Path(code, country.Code);
        var everywhere = _links.Everywhere(pathIn);
        var page = views.Page(PageKinds.Country.Name, countryView.Name, countryView.Summary is { } summary ? Excerpt.Of(summary) : null, everywhere, [views.HomeLink()]) with
        {
            Hreflangs = _links.Hreflangs(everywhere.Keys.ToList(), pathIn, pathIn(site.Settings.DefaultLanguage.Code)),
        };
        var pack = PrintPaths.PrintPack(language.Code, country.Code);
        var packLink = pdfs.Contains(pack) ? new PrintPackLinkView(views.Href(pack), pack.Split('/')[^1]) : null;
        return new PageJob(PageKinds.Country, new PageAddress(language.Code, country.Code), language, new CountryModel(views.Site(), page, ViewFactory.Language(language), countryView,
            countryData.Dashboard(country, language, views), packLink) { Calendar = countryData.Calendar(country, language, views) }, views);
    }

    /// <summary>
    /// The page Netlify (and <c>serve</c>) answers an unknown address with. Its relative links start from its own
    /// folder through &lt;base&gt;, whatever address it is shown at.
    /// </summary>
    public PageJob NotFound(Language language, PageAddress address)
    {
        var path = PageKinds.NotFound.PathOf(address);
        var views = Views(language, path);
        var title = strings.Get(language.Code, "not_found.title");
        var page = views.Page(PageKinds.NotFound.Name, title, strings.Get(language.Code, "not_found.text"), _links.Everywhere(SitePaths.NotFound), [views.HomeLink()]) with
        {
            Hreflangs = [],
            NoIndex = true,
            BaseHref = NotFoundBase(path),
        };
        return new PageJob(PageKinds.NotFound, address, language, new NotFoundModel(views.Site(), page, ViewFactory.Language(language)), views);
    }

    /// <summary>The address path of the page's folder under base_url: /en/ for en/404.html on https://example.org.</summary>
    private string NotFoundBase(string path)
    {
        var folder = _links.Absolute(path[..(path.LastIndexOf('/') + 1)]);
        return Uri.TryCreate(folder, UriKind.Absolute, out var uri) ? uri.AbsolutePath : folder;
    }

    /// <param name="factsheet">The reader's translation, or the original when there is none (a fallback page).</param>
    public PageJob Factsheet(Country country, Factsheet factsheet, Language language, IReadOnlyCollection<string> written)
    {
        var pathIn = (string code) => PageKinds.Factsheet.Path(code, country.Code, factsheet.Slug);
        var path = pathIn(language.Code);
        var views = Views(language, path);
        var countryView = views.Country(country);
        var crumbs = new[] { views.HomeLink(), new LinkView(countryView.Name, countryView.Href) };
        var page = Translated(views.Page(PageKinds.Factsheet.Name, factsheet.Title, factsheet.Description ?? factsheet.Excerpt, _links.Everywhere(pathIn), crumbs),
            PageKinds.Factsheet.Name, factsheet.Language, language, written, pathIn, views);
        var original = pathIn(factsheet.Language);
        var html = FactsheetHtml.For(site, renderer, markdown, factsheet, path);
        var factsheetViews = new FactsheetViewFactory(site, language, strings, path, pdfs);
        var model = new FactsheetModel(views.Site(), page, ViewFactory.Language(language), countryView, views.Factsheet(factsheet, country, html.Body()),
            html.Sections(factsheet.Sections), factsheetViews.Previous(factsheet, country, figures.Of(country).PreviousOf(factsheet)), factsheetViews.Print(factsheet));
        return new PageJob(PageKinds.Factsheet, new PageAddress(language.Code, country.Code, factsheet.Slug), language, model, views, factsheet.Source, factsheet.Body.Links, FallbackOrNull(original, path));
    }

    /// <param name="content">The reader's translation, or the original when there is none (a fallback page).</param>
    public PageJob ContentPage(Page content, Language language, IReadOnlyCollection<string> written)
    {
        var pathIn = (string code) => PageKinds.Page.Path(code, slug: content.Name);
        var path = pathIn(language.Code);
        var views = Views(language, path);
        var page = Translated(views.Page(PageKinds.Page.Name, content.Title, content.Description ?? content.Excerpt, _links.Everywhere(pathIn), [views.HomeLink()]),
            PageKinds.Page.Name, content.Language, language, written, pathIn, views);
        var original = pathIn(content.Language);
        var placement = new MarkdownPlacement(original, path, site.Settings.FindLanguage(content.Language)?.Direction == TextDirection.Rtl);
        var body = renderer.Html(markdown.Of(content), placement);
        var model = new ContentPageModel(views.Site(), page, ViewFactory.Language(language), new ContentView(content.Title, content.Description, new RawHtml(body)));
        return new PageJob(PageKinds.Page, new PageAddress(language.Code, Slug: content.Name), language, model, views, content.Source, content.Body.Links, FallbackOrNull(original, path));
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
            Fallback = new FallbackNotices(strings).For(kind, reader, original, views.Href(pathIn(original.Code))),
        };
    }

    private ViewFactory Views(Language language, string path) => new(site, language, strings, path);


    private static string? FallbackOrNull(string originalPath, string path) => originalPath == path ? null : originalPath;
}
