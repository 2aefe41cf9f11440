using UprSite.Build.Pages.Models;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// Every kind of page the site has, each declared once: its path, layout, model, and whether it is in the sitemap and
/// has alternates in other languages. docs/theming.md documents each model's fields for theme authors.
/// </summary>
public static class PageKinds
{
    public static readonly PageKind Root = new("root", typeof(RootModel), _ => SitePaths.Root, InSitemap: true, HasAlternates: true);

    public static readonly PageKind Home = new("home", typeof(HomeModel), a => SitePaths.Home(a.Language), InSitemap: true, HasAlternates: true,
        XDefault: SitePaths.Root);

    /// <summary>Every country with its figures; only on a site of several countries.</summary>
    public static readonly PageKind Countries = new("countries", typeof(CountriesModel), a => SiteIndexPaths.Countries(a.Language), InSitemap: true, HasAlternates: true);

    /// <summary>Every recommending State across the countries; only on a site of several countries.</summary>
    public static readonly PageKind States = new("states", typeof(StatesModel), a => SiteIndexPaths.States(a.Language), InSitemap: true, HasAlternates: true);

    /// <summary>One recommending State across every country of the site; only on a site of several countries.</summary>
    public static readonly PageKind RecommendingState = new("recommending-state", typeof(RecommendingStateModel),
        a => SiteIndexPaths.State(a.Language, a.Slug!), InSitemap: true, HasAlternates: true);

    public static readonly PageKind Country = new("country", typeof(CountryModel),
        a => SitePaths.Country(a.Language, a.Country!), InSitemap: true, HasAlternates: true);

    public static readonly PageKind Factsheet = new("factsheet", typeof(FactsheetModel),
        a => SitePaths.Factsheet(a.Language, a.Country!, a.Slug!), InSitemap: true, HasAlternates: true);

    public static readonly PageKind Page = new("page", typeof(ContentPageModel), a => SitePaths.Page(a.Language, a.Slug!), InSitemap: true, HasAlternates: true);

    public static readonly PageKind Explorer = new("explorer", typeof(ExplorerModel),
        a => CountryDataPaths.ExplorerPage(a.Language, a.Country!, a.Slug is null ? 1 : int.Parse(a.Slug, System.Globalization.CultureInfo.InvariantCulture)),
        InSitemap: true, HasAlternates: true);

    public static readonly PageKind State = new("state", typeof(StateModel),
        a => CountryDataPaths.RecommendingState(a.Language, a.Country!, a.Slug!), InSitemap: true, HasAlternates: true);

    public static readonly PageKind Search = new("search", typeof(SearchModel), a => SearchPaths.Page(a.Language), InSitemap: false, HasAlternates: true);

    /// <summary>A language's 404 page; the site's root one (404.html) has the default language's words.</summary>
    public static readonly PageKind NotFound = new("not-found", typeof(NotFoundModel),
        a => a.Language.Length == 0 ? SitePaths.RootNotFound : SitePaths.NotFound(a.Language), InSitemap: false, HasAlternates: true);

    public static readonly PageKind PrintPack = new("print-pack", typeof(PrintPackModel),
        a => PrintPaths.PrintPackPage(a.Language, a.Country!), InSitemap: false, HasAlternates: false, Written: false);

    /// <summary>A recommending State's brief for a meeting with its embassy, beside its page; printed to PDF with --pdf.</summary>
    public static readonly PageKind Brief = new("brief", typeof(BriefModel),
        a => PrintPaths.BriefPage(a.Language, a.Country!, a.Slug!), InSitemap: false, HasAlternates: true);

    /// <summary>The comparison views of a site of several countries, each with what it shows; only with more than one country.</summary>
    public static readonly PageKind Comparisons = new("comparisons", typeof(ComparisonsModel), a => ComparisonPaths.Index(a.Language), InSitemap: true, HasAlternates: true);

    /// <summary>One comparison of the States under Review (the slug names the view: cycles, issues, regions, categories).</summary>
    public static readonly PageKind Comparison = new("comparison", typeof(ComparisonModel), a => ComparisonPaths.View(a.Language, a.Slug!), InSitemap: true, HasAlternates: true);

    /// <summary>Every kind, in the order the sitemap lists a country's pages (kinds of no country before Country come first, after it last).</summary>
    public static IReadOnlyList<PageKind> All { get; } = [Root, Home, Countries, States, RecommendingState, Country, Explorer, State, Factsheet, Page, Search, NotFound, PrintPack, Comparisons, Comparison, Brief];
}
