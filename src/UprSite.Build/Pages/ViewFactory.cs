using System.Globalization;
using UprSite.Build.I18n;
using UprSite.Build.Pages.Models;
using UprSite.Build.Templates;
using UprSite.Core.Model;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>Projects the site model into the plain views layouts read, for one language and one page.</summary>
public sealed class ViewFactory(Site site, Language language, StringTable strings, string pagePath)
{
    private readonly LocaleFormat _format = new(language);
    private readonly string _default = site.Settings.DefaultLanguage.Code;

    public string Href(string targetPath) => RelativeUrl.Between(pagePath, targetPath);

    /// <summary>The public address of an output path under base_url.</summary>
    public string Absolute(string targetPath) => SitePaths.Absolute(site.Settings.BaseUrl, targetPath);

    public SiteView Site() => new(
        site.Settings.Title.Get(language.Code, _default),
        NullIfEmpty(site.Settings.Description.Get(language.Code, _default)),
        site.Settings.BaseUrl,
        site.Settings.Languages.Select(Language).ToList(),
        site.Settings.Coalition.Name.Get(language.Code, _default),
        site.Settings.Coalition.Members.Select(Member).ToList(),
        site.Settings.Coalition.Contact,
        Nav())
    {
        CoalitionLogo = site.Settings.Coalition.Logo,
    };

    public static LanguageView Language(Language l) => new(l.Code, l.Label, l.Locale, l.Direction == TextDirection.Rtl ? "rtl" : "ltr");

    /// <param name="description">The meta description; null: the site's description, else its title.</param>
    public PageView Page(string kind, string title, string? description, IReadOnlyDictionary<string, string> pathByLanguage, IReadOnlyList<LinkView> breadcrumbs) =>
        new(kind, title, description ?? NullIfEmpty(site.Settings.Description.Get(language.Code, _default)) ?? site.Settings.Title.Get(language.Code, _default), pagePath, SitePaths.Absolute(site.Settings.BaseUrl, pagePath),
            site.Settings.Languages.Where(l => pathByLanguage.ContainsKey(l.Code))
                .Select(l => new AlternateView(l.Code, l.Label, Href(pathByLanguage[l.Code]),
                    SitePaths.Absolute(site.Settings.BaseUrl, pathByLanguage[l.Code]), l.Code == language.Code))
                .ToList(),
            breadcrumbs)
        {
            // Every language given is taken as written in it; fallback pages and home pages set their own (SiteRenderer).
            Hreflangs = new LanguageLinks(site.Settings).Hreflangs(pathByLanguage.Keys.ToList(), code => pathByLanguage[code],
                pathByLanguage.GetValueOrDefault(_default) ?? pathByLanguage.Values.First()),
        };

    public LinkView HomeLink() => new(strings.Get(language.Code, "nav.home"), Href(SitePaths.Home(language.Code)));

    public CountryView Country(Country country) => new(
        country.Code,
        country.Name.Get(language.Code, _default),
        NullIfEmpty(country.Summary.Get(language.Code, _default)),
        Href(SitePaths.Country(language.Code, country.Code)),
        country.Reviews.Select(Review).ToList(),
        FactsheetsOf(country))
    {
        SummaryLang = country.Summary.IsEmpty || country.Summary.Has(language.Code) || country.Summary.Has("*")
            ? null
            : FallbackLanguageOf(country.Summary),
    };

    /// <param name="body">The factsheet's body rendered for this page.</param>
    public FactsheetView Factsheet(Factsheet factsheet, Country country, RawHtml body) => new(
        factsheet.Title,
        factsheet.Slug,
        factsheet.Issues.Select(IssueName).ToList(),
        factsheet.Review,
        factsheet.Sdgs.Select(n => _format.Number(n)).ToList(),
        factsheet.Contact?.Name,
        factsheet.Contact?.Email,
        NullIfEmpty(_format.Date(factsheet.Updated)),
        factsheet.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        body,
        country.Name.Get(language.Code, _default),
        Href(SitePaths.Country(language.Code, country.Code)));

    public HomeView Home() => new(
        site.Countries.Select(Country).ToList(),
        site.Countries.SelectMany(FactsheetsOf).ToList(),
        site.Pages.GroupBy(p => p.Name)
            .Select(g => g.FirstOrDefault(p => p.Language == language.Code) ?? g.FirstOrDefault(p => p.Language == _default) ?? g.First())
            .Select(p => new LinkView(p.Title, Href(SitePaths.Page(language.Code, p.Name)), false, LangIfOther(p.Language)))
            .ToList());

    /// <summary>
    /// Each factsheet of the country once: in this language when translated, else the original's title, linked to
    /// this language's fallback page so that the reader stays in their language.
    /// </summary>
    private List<FactsheetLinkView> FactsheetsOf(Country country) => FactsheetsOf(country, country.Factsheets.Select(f => f.Slug).Distinct().ToList());

    /// <summary>The factsheets <paramref name="slugs"/> names, in that order, as <see cref="FactsheetsOf(Country)"/> links them.</summary>
    public List<FactsheetLinkView> FactsheetsOf(Country country, IReadOnlyList<string> slugs) =>
        slugs.Select(slug => country.Factsheets.Where(f => f.Slug == slug).ToList())
            .Where(g => g.Count > 0)
            .Select(g => g.FirstOrDefault(f => f.Language == language.Code) ?? g.FirstOrDefault(f => f.Language == _default) ?? g[0])
            .Select(f => new FactsheetLinkView(f.Title, Href(SitePaths.Factsheet(language.Code, country.Code, f.Slug)), f.Issues.Select(IssueName).ToList(),
                country.Name.Get(language.Code, _default), NullIfEmpty(_format.Date(f.Updated)), LangIfOther(f.Language)))
            .ToList();

    private string IssueName(string issue) => UprSite.Core.Reference.UprIssueNames.Name(issue, language.Code);

    private ReviewView Review(Review review)
    {
        var figures = review.Declared is { } d ? new CycleFigures(review.Cycle, d.Received, d.Supported, d.Noted) : null;
        return new ReviewView(
            review.Cycle,
            review.Session is { } s ? _format.Number(s) : null,
            NullIfEmpty(_format.Date(review.Date)),
            review.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Join(", ", review.Troika.Select(name => UprSite.Core.Reference.UnStates.NameIn(name, language.Code))),
            review.ReportSymbol,
            review.AddendumSymbol,
            figures is not null,
            figures is null ? "–" : _format.Number(figures.Received),
            figures is null ? "–" : _format.Number(figures.Supported),
            figures is null ? "–" : _format.Number(figures.Noted),
            _format.Percent(figures?.SupportedRate),
            figures?.SupportedRate ?? 0,
            review.Declared?.Source)
        {
            TextLang = LangIfOther(_default),
        };
    }

    /// <summary>
    /// Home, then each country while there are at most <see cref="Navigation.MaxCountriesListed"/>, else one link to
    /// the countries index, so that the header of every page stays the same size however many countries the site has;
    /// with several countries, the recommending States and the comparisons.
    /// </summary>
    private List<LinkView> Nav()
    {
        var nav = new List<LinkView> { HomeLink() };
        if (Navigation.ListsCountries(site))
        {
            nav.AddRange(site.Countries.Select(c =>
                new LinkView(c.Name.Get(language.Code, _default), Href(SitePaths.Country(language.Code, c.Code)),
                    pagePath.StartsWith($"{language.Code}/countries/{c.Code}/", StringComparison.Ordinal))));
        }
        else
        {
            nav.Add(new LinkView(strings.Get(language.Code, "many.nav.countries"), Href(SiteIndexPaths.Countries(language.Code)),
                pagePath.StartsWith($"{language.Code}/countries/", StringComparison.Ordinal)));
        }

        if (Navigation.HasSiteIndexes(site))
        {
            nav.Add(new LinkView(strings.Get(language.Code, "many.nav.states"), Href(SiteIndexPaths.States(language.Code)),
                pagePath.StartsWith($"{language.Code}/states/", StringComparison.Ordinal)));
        }

        if (Navigation.HasComparisons(site))
        {
            nav.Add(new LinkView(strings.Get(language.Code, "compare.nav"), Href(ComparisonPaths.Index(language.Code)),
                pagePath.StartsWith($"{language.Code}/compare/", StringComparison.Ordinal)));
        }

        return nav;
    }

    private string? LangIfOther(string code) => code == language.Code ? null : code;

    /// <summary>The language <see cref="LocalizedText.Get"/> falls back to when this page's language is missing.</summary>
    /// <summary>A member's name and description in the page's language, else as given, marked with the language they are in.</summary>
    private MemberView Member(CoalitionMember member) => new(
        member.Name.Get(language.Code, _default), ShownLanguageOf(member.Name),
        NullIfEmpty(member.Description.Get(language.Code, _default)), member.Description.IsEmpty ? null : ShownLanguageOf(member.Description));

    /// <summary>The language of the text <see cref="LocalizedText.Get"/> shows on this page when it is not the page's; a text given once counts as the default language's.</summary>
    private string? ShownLanguageOf(LocalizedText text)
    {
        var shown = text.Has(language.Code) ? language.Code
            : text.Has(_default) || text.Has("*") ? _default
            : text.Languages.First();
        return shown == language.Code ? null : shown;
    }

    private string? FallbackLanguageOf(LocalizedText text) =>
        text.Has(_default) ? _default : text.Languages.FirstOrDefault();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
