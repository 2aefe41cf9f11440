using System.Collections.Concurrent;
using UprSite.Build.Charts;
using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Output;
using UprSite.Build.Pages.Data;
using UprSite.Build.Pages.Models;
using UprSite.Build.Pipeline.Reuse;
using UprSite.Build.Search;
using UprSite.Build.Sources;
using UprSite.Build.Templates;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Text;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// Render: every page of the site in every language (each a <see cref="PageJob"/> of a kind in <see cref="PageKinds"/>),
/// the print pack pages of the PDFs planned, then assets (under the hashed names of <paramref name="assets"/>, which
/// every address to an asset is written with), downloads and static files. A factsheet or page missing in
/// one language is rendered there from its original, with a notice (a fallback page). Render projects what Compute
/// computed; it reads no file (the layouts come parsed once from <see cref="TemplateStore"/>).
/// </summary>
/// <param name="markdown">The Markdown of every factsheet and page, rendered here for each page that shows it.</param>
/// <param name="assets">Every file under assets/ with its hashed name (<see cref="AssetPlan"/>).</param>
/// <param name="strings">The UI strings; the ones missed are returned in <see cref="RenderedSite.MissedStrings"/>.</param>
/// <param name="pdfs">The PDFs the Print stage will make (<see cref="PrintPlan.Pdfs"/>); empty without --pdf.</param>
/// <param name="store">Where each file goes as it is made (the staging folder); null: the output is kept in memory.</param>
public sealed class SiteRenderer(Site site, MarkdownContent markdown, SiteFigures figures, AssetPlan assets, SourceSet sources, UiStrings strings, DiagnosticList diagnostics,
    IReadOnlySet<string>? pdfs = null, IOutputStore? store = null)
{
    private readonly MarkdownRenderer _markdown = new(assets);
    private readonly TemplateStore _templates = new TemplateStore(sources, diagnostics).Ready();
    private readonly StringTable _strings = new(strings);
    private readonly LanguageLinks _links = new(site.Settings);
    private readonly IReadOnlySet<string> _pdfs = pdfs ?? new HashSet<string>();
    private readonly ConcurrentDictionary<string, byte[]> _printPages = new(StringComparer.Ordinal);

    /// <summary>How many pages render at once.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The pages of the previous build in this process (<c>serve</c>), taken again for unchanged models (<see cref="PageWriter"/>).</summary>
    public PageMemory? Memory { get; init; }

    /// <summary>Groups of pages of the previous build in this process (<c>serve</c>), taken whole while their inputs are unchanged (<see cref="PageGroups"/>).</summary>
    public PageGroups? Groups { get; init; }

    /// <summary>Downloads of the previous build in this process (<c>serve</c>), added again while what they read is unchanged.</summary>
    public OutputMemory? Downloads { get; init; }

    public RenderedSite Render()
    {
        var output = new OutputSet(store);
        var countryData = new CountryDataRenderer(site, figures, _strings, _pdfs);
        var siteIndexes = new SiteIndexRenderer(site, figures, _strings);
        var comparisons = new ComparisonRenderer(site, figures, _strings);
        var rendered = new ConcurrentDictionary<int, (PageWork Work, RenderedPage? Page, DiagnosticList Diagnostics)>();
        var writer = new PageWriter(_templates, _strings, assets, _printPages, Memory);
        var groups = Memory is not null && output.Store is null ? Groups : null;
        groups?.Begin(SiteInputs.Of(site, figures, _pdfs), Memory!.Usable);
        // Jobs are made one at a time, in the order below (the partitioner takes one at a time, under its lock), and
        // rendered, indexed and written on every core; the pages are then listed in that order, whatever finished first.
        var numbered = Partitioner.Create(Jobs(countryData, siteIndexes, comparisons, groups).Select((work, i) => (work, i)), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(numbered, Cores, item =>
        {
            var own = new DiagnosticList();
            var page = item.work.Job is { } job ? writer.Add(job, output, own) : writer.Replay(item.work.Kept!, output);
            rendered[item.i] = (item.work, page, own);
        });
        var pages = new List<RenderedPage>(rendered.Count);
        var ordered = rendered.OrderBy(r => r.Key).Select(r => r.Value).ToList();
        foreach (var (_, page, own) in ordered)
        {
            diagnostics.AddRange(own.Items);
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        groups?.Record(ordered.Select(r => (r.Work, r.Page, r.Diagnostics.Items.Count == 0 && r.Page is not null ? Memory!.Made(r.Page.Path) : null)));
        if (groups is not null && Downloads is { } downloads)
        {
            // A country's downloads read its rows, figures and charts; the site's read every country's.
            downloads.Begin(Memory!.Usable);
            var defaultLanguage = site.Settings.DefaultLanguage;
            Parallel.ForEach(site.Countries, Cores, country => downloads.Add($"country/{country.Code}",
                [country with { Factsheets = [] }, figures.Of(country).Rows, figures.ChartsOf(country, defaultLanguage)], output, _strings,
                own => countryData.AddDownloads(country, own)));
            downloads.Add("site", [groups.SiteToken], output, _strings, own =>
            {
                siteIndexes.AddDownloads(own);
                comparisons.AddDownloads(own);
            });
        }
        else
        {
            Parallel.ForEach(site.Countries, Cores, country => countryData.AddDownloads(country, output));
            siteIndexes.AddDownloads(output);
            comparisons.AddDownloads(output);
        }
        SearchIndex.Add(site, new SearchDocuments(site, markdown, figures), output);
        StaticFiles.Copy(sources, assets, output);
        return new RenderedSite(output, pages, _printPages, _strings.Missed) { Briefs = BriefPages.Prints(site, figures, _strings, _pdfs) };
    }

    private ParallelOptions Cores => new() { MaxDegreeOfParallelism = Math.Max(1, Threads) };

    /// <summary>Every page of the site, in the order the sitemap and the diagnostics follow.</summary>
    /// <param name="groups">With a memory (serve): groups of pages kept whole while what they read is unchanged.</param>
    private IEnumerable<PageWork> Jobs(CountryDataRenderer countryData, SiteIndexRenderer siteIndexes, ComparisonRenderer comparisons, PageGroups? groups)
    {
        IEnumerable<PageWork> Grouped(string name, Func<object?[]> key, IEnumerable<PageJob> jobs) =>
            groups is null ? jobs.Select(j => new PageWork(j)) : groups.Group(name, key(), jobs);

        var factsheetKeys = groups is null ? null : site.Countries.ToDictionary(c => c.Code, c => FactsheetKey.Of(c.Factsheets));
        yield return new PageWork(Root());
        foreach (var language in site.Settings.Languages)
        {
            yield return new PageWork(Home(language));
            var siteWide = Grouped($"site/{language.Code}", () => [string.Concat(factsheetKeys!.Values)],
                siteIndexes.Pages(language).Concat(comparisons.Pages(language)));
            foreach (var work in siteWide)
            {
                yield return work;
            }

            foreach (var country in site.Countries)
            {
                var data = Grouped($"country/{language.Code}/{country.Code}", () => [factsheetKeys![country.Code]],
                    Lazy(() => Country(language, country, countryData)).Concat(countryData.Pages(country, language)));
                foreach (var work in data)
                {
                    yield return work;
                }

                foreach (var state in site.Settings.Print.Briefs ? figures.Of(country).States : [])
                {
                    var brief = Grouped($"brief/{language.Code}/{country.Code}/{state.Slug}",
                        () => [factsheetKeys![country.Code], .. BriefBuilder.DraftFactsheets(country, state, language.Code, site.Settings.DefaultLanguage.Code)],
                        Lazy(() => BriefPages.Job(site, figures.Of(country), state, language, _strings, _markdown, markdown, _pdfs, figures.CalendarOf(country), figures.Today)));
                    foreach (var work in brief)
                    {
                        yield return work;
                    }
                }
            }
        }

        foreach (var country in site.Countries)
        {
            foreach (var translations in country.Factsheets.GroupBy(f => f.Slug))
            {
                var written = translations.ToDictionary(f => f.Language);
                var origin = written[_links.OriginOf(written.Keys).Code];
                var factsheets = Grouped($"factsheet/{country.Code}/{translations.Key}", () => [factsheetKeys![country.Code], .. translations],
                    site.Settings.Languages.Select(language => Factsheet(country, written.GetValueOrDefault(language.Code) ?? origin, language, written.Keys)));
                foreach (var work in factsheets)
                {
                    yield return work;
                }
            }

            foreach (var language in site.Settings.Languages.Where(l => _pdfs.Contains(PrintPaths.PrintPack(l.Code, country.Code))))
            {
                yield return new PageWork(PrintPackPages.Job(site, figures.Of(country), language, _strings, _markdown, markdown, figures.CalendarOf(country)));
            }
        }

        foreach (var translations in site.Pages.GroupBy(p => p.Name))
        {
            var written = translations.ToDictionary(p => p.Language);
            var origin = written[_links.OriginOf(written.Keys).Code];
            foreach (var language in site.Settings.Languages)
            {
                yield return new PageWork(ContentPage(written.GetValueOrDefault(language.Code) ?? origin, language, written.Keys));
            }
        }

        foreach (var language in site.Settings.Languages)
        {
            yield return new PageWork(SearchPage.Job(site, language, _strings));
        }

        foreach (var language in site.Settings.Languages)
        {
            yield return new PageWork(NotFound(language, new PageAddress(language.Code)));
        }

        // The site's own 404.html, in the default language's words.
        yield return new PageWork(NotFound(site.Settings.DefaultLanguage, new PageAddress(string.Empty)));
    }

    private static IEnumerable<PageJob> Lazy(Func<PageJob> job)
    {
        yield return job();
    }

    private PageJob Root()
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

    private PageJob Home(Language language)
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

    private PageJob Country(Language language, Country country, CountryDataRenderer countryData)
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
        var packLink = _pdfs.Contains(pack) ? new PrintPackLinkView(views.Href(pack), pack.Split('/')[^1]) : null;
        return new PageJob(PageKinds.Country, new PageAddress(language.Code, country.Code), language, new CountryModel(views.Site(), page, ViewFactory.Language(language), countryView,
            countryData.Dashboard(country, language, views), packLink) { Calendar = countryData.Calendar(country, language, views) }, views);
    }

    /// <summary>
    /// The page Netlify (and <c>serve</c>) answers an unknown address with. Its relative links start from its own
    /// folder through &lt;base&gt;, whatever address it is shown at.
    /// </summary>
    private PageJob NotFound(Language language, PageAddress address)
    {
        var path = PageKinds.NotFound.PathOf(address);
        var views = Views(language, path);
        var title = _strings.Get(language.Code, "not_found.title");
        var page = views.Page(PageKinds.NotFound.Name, title, _strings.Get(language.Code, "not_found.text"), _links.Everywhere(SitePaths.NotFound), [views.HomeLink()]) with
        {
            Hreflangs = [],
            NoIndex = true,
            BaseHref = NotFoundBase(path),
        };
        return new PageJob(PageKinds.NotFound, address, language, new NotFoundModel(views.Site(), page, ViewFactory.Language(language), address.Language.Length == 0), views);
    }

    /// <summary>The address path of the page's folder under base_url: /en/ for en/404.html on https://example.org.</summary>
    private string NotFoundBase(string path)
    {
        var folder = _links.Absolute(path[..(path.LastIndexOf('/') + 1)]);
        return Uri.TryCreate(folder, UriKind.Absolute, out var uri) ? uri.AbsolutePath : folder;
    }

    /// <param name="factsheet">The reader's translation, or the original when there is none (a fallback page).</param>
    private PageJob Factsheet(Country country, Factsheet factsheet, Language language, IReadOnlyCollection<string> written)
    {
        var pathIn = (string code) => PageKinds.Factsheet.Path(code, country.Code, factsheet.Slug);
        var path = pathIn(language.Code);
        var views = Views(language, path);
        var countryView = views.Country(country);
        var crumbs = new[] { views.HomeLink(), new LinkView(countryView.Name, countryView.Href) };
        var page = Translated(views.Page(PageKinds.Factsheet.Name, factsheet.Title, factsheet.Description ?? factsheet.Excerpt, _links.Everywhere(pathIn), crumbs),
            PageKinds.Factsheet.Name, factsheet.Language, language, written, pathIn, views);
        var original = pathIn(factsheet.Language);
        var html = FactsheetHtml.For(site, _markdown, markdown, factsheet, path);
        var factsheetViews = new FactsheetViewFactory(site, language, _strings, path, _pdfs);
        var model = new FactsheetModel(views.Site(), page, ViewFactory.Language(language), countryView, views.Factsheet(factsheet, country, html.Body()),
            html.Sections(factsheet.Sections), factsheetViews.Previous(factsheet, country, figures.Of(country).PreviousOf(factsheet)), factsheetViews.Print(factsheet));
        return new PageJob(PageKinds.Factsheet, new PageAddress(language.Code, country.Code, factsheet.Slug), language, model, views, factsheet.Source, factsheet.Body.Links, FallbackOrNull(original, path));
    }

    /// <param name="content">The reader's translation, or the original when there is none (a fallback page).</param>
    private PageJob ContentPage(Page content, Language language, IReadOnlyCollection<string> written)
    {
        var pathIn = (string code) => PageKinds.Page.Path(code, slug: content.Name);
        var path = pathIn(language.Code);
        var views = Views(language, path);
        var page = Translated(views.Page(PageKinds.Page.Name, content.Title, content.Description ?? content.Excerpt, _links.Everywhere(pathIn), [views.HomeLink()]),
            PageKinds.Page.Name, content.Language, language, written, pathIn, views);
        var original = pathIn(content.Language);
        var placement = new MarkdownPlacement(original, path, site.Settings.FindLanguage(content.Language)?.Direction == TextDirection.Rtl);
        var body = _markdown.Html(markdown.Of(content), placement);
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
            Fallback = new FallbackNotices(_strings).For(kind, reader, original, views.Href(pathIn(original.Code))),
        };
    }

    private ViewFactory Views(Language language, string path) => new(site, language, _strings, path);

    private static string? FallbackOrNull(string originalPath, string path) => originalPath == path ? null : originalPath;
}
