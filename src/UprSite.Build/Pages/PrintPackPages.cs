using System.Globalization;
using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Pages.Data;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// The page a country's print pack is printed from (layouts/print-pack.html): a cover (coalition, members, date,
/// contents, the factsheets only in other languages), then every factsheet written in one language, each starting on a
/// new sheet. The page is only printed, never written to the site.
/// </summary>
public static class PrintPackPages
{
    /// <param name="markdown">The factsheets' Markdown, turned into HTML for the pack's page.</param>
    /// <param name="calendar">Where the country's UPR cycle stands, for the cover's "what comes next"; null without a dated review.</param>
    public static PageJob Job(Site site, CountryData data, Language language, StringTable strings, MarkdownRenderer renderer, MarkdownContent markdown,
        CycleCalendar? calendar)
    {
        var country = data.Country;
        var path = PageKinds.PrintPack.Path(language.Code, country.Code);
        var views = new ViewFactory(site, language, strings, path);
        // The pack's own factsheets link to no PDF: a printed page cannot be clicked.
        var factsheetViews = new FactsheetViewFactory(site, language, strings, path, new HashSet<string>());
        var entries = Factsheets(country, language).Select(f =>
        {
            var shown = FactsheetHtml.For(site, renderer, markdown, f, path);
            return new PackEntryView(views.Factsheet(f, country, shown.Body()), shown.Sections(f.Sections),
                factsheetViews.Previous(f, country, data.PreviousOf(f)), factsheetViews.Print(f));
        }).ToList();
        var title = PrintPackTitle(site, country, language, strings);
        var page = views.Page(PageKinds.PrintPack.Name, title, null,
            PageKinds.PrintPack.PathsByLanguage(new PageAddress(language.Code, country.Code), site.Settings.Languages.Select(l => l.Code)), []);
        return new PageJob(PageKinds.PrintPack, new PageAddress(language.Code, country.Code), language,
            new PrintPackModel(views.Site(), page, ViewFactory.Language(language), new PrintPackView(Cover(site, country, language, strings, title, calendar), entries)), views);
    }

    private static PackCoverView Cover(Site site, Country country, Language language, StringTable strings, string title, CycleCalendar? calendar)
    {
        var factsheets = Factsheets(country, language);
        var written = factsheets.Select(f => f.Slug).ToHashSet(StringComparer.Ordinal);
        var languageOrder = site.Settings.Languages.Select(l => l.Code).ToList();
        var elsewhere = country.Factsheets.Where(f => !written.Contains(f.Slug))
            .OrderBy(f => f.Slug, StringComparer.Ordinal).ThenBy(f => languageOrder.IndexOf(f.Language))
            .Select(f => new PackElsewhereView(f.Title, f.Language, strings.Get(language.Code, "language." + f.Language),
                SitePaths.Absolute(site.Settings.BaseUrl, SitePaths.Factsheet(f.Language, country.Code, f.Slug))))
            .ToList();
        var newest = factsheets.Max(f => f.Updated);
        var date = new LocaleFormat(language).Date(newest);
        return new PackCoverView(title, date.Length == 0 ? null : date, newest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            factsheets.Select(f => new PackContentsView(f.Title, f.Slug)).ToList(), elsewhere,
            CalendarBuilder.Coming(new DataLabels(strings, language), calendar));
    }

    /// <summary>The factsheets of a pack, in its order: those written in its language.</summary>
    public static IReadOnlyList<Factsheet> Factsheets(Country country, Language language) =>
        country.Factsheets.Where(f => f.Language == language.Code).ToList();

    /// <summary>"Cambodia · Factsheets": the pack page's title and its PDF's running header.</summary>
    public static string PrintPackTitle(Site site, Country country, Language language, StringTable strings) =>
        $"{country.Name.Get(language.Code, site.Settings.DefaultLanguage.Code)} · {strings.Get(language.Code, "home.factsheets")}";
}
