using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;

namespace UprSite.Build.Pages;

/// <summary>
/// The page a country's print pack is printed from (layouts/print-pack.html): every factsheet written in one
/// language, each starting on a new sheet. The page is only printed, never written to the site.
/// </summary>
public static class PrintPackPages
{
    /// <param name="markdown">The factsheets' Markdown, turned into HTML for the pack's page.</param>
    public static PageJob Job(Site site, CountryData data, Language language, StringTable strings, MarkdownRenderer renderer, MarkdownContent markdown)
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
            new PrintPackModel(views.Site(), page, ViewFactory.Language(language), new PrintPackView(entries)), views);
    }

    /// <summary>The factsheets of a pack, in its order: those written in its language.</summary>
    public static IReadOnlyList<Factsheet> Factsheets(Country country, Language language) =>
        country.Factsheets.Where(f => f.Language == language.Code).ToList();

    /// <summary>"Cambodia · Factsheets": the pack page's title and its PDF's running header.</summary>
    public static string PrintPackTitle(Site site, Country country, Language language, StringTable strings) =>
        $"{country.Name.Get(language.Code, site.Settings.DefaultLanguage.Code)} · {strings.Get(language.Code, "home.factsheets")}";
}
