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
/// The brief of each recommending State of a country (layouts/brief.html), a page of the site beside the State's page
/// that prints on one or two sheets, and with --pdf its PDF. The State's page links to both.
/// </summary>
public static class BriefPages
{
    /// <summary>The most sheets a brief takes, whatever print.max_pages allows factsheets.</summary>
    public const int MaxPages = 2;

    /// <param name="pdfs">The PDFs the Print stage will make; the brief links its PDF only when it is among them.</param>
    /// <param name="calendar">Where the country's UPR cycle stands, for the brief's "what comes next"; null without a dated review.</param>
    /// <param name="today">The build's date, the brief's "As of".</param>
    public static PageJob Job(Site site, CountryData data, StateFigures state, Language language, StringTable strings,
        MarkdownRenderer renderer, MarkdownContent markdown, IReadOnlySet<string> pdfs, CycleCalendar? calendar, DateOnly today)
    {
        var country = data.Country;
        var address = new PageAddress(language.Code, country.Code, state.Slug);
        var path = PageKinds.Brief.PathOf(address);
        var views = new ViewFactory(site, language, strings, path);
        var page = new CountryDataPage(site, data, language, new DataLabels(strings, language), views);
        var drafts = BriefBuilder.DraftFactsheets(country, state, language.Code, site.Settings.DefaultLanguage.Code)
            .Select(f => (f, FactsheetHtml.For(site, renderer, markdown, f, path).Sections(f.Sections).Recommendations!.Items)).ToList();
        var title = Title(page, state);
        var brief = BriefBuilder.Build(page, state, drafts, Print(site, strings, language, country, state, pdfs, views), title, today,
            CalendarBuilder.Coming(page.Labels, calendar));
        var statePath = CountryDataPaths.RecommendingState(language.Code, country.Code, state.Slug);
        var crumbs = new[]
        {
            views.HomeLink(),
            new LinkView(page.CountryName, views.Href(SitePaths.Country(language.Code, country.Code))),
            new LinkView(brief.StateName, views.Href(statePath)),
        };
        var pageView = views.Page(PageKinds.Brief.Name, title, null,
            PageKinds.Brief.PathsByLanguage(address, site.Settings.Languages.Select(l => l.Code)), crumbs);
        return new PageJob(PageKinds.Brief, address, language, new BriefModel(views.Site(), pageView, ViewFactory.Language(language), brief), views);
    }

    /// <summary>Every brief the Print stage prints: each State of each country in every language, where its PDF is planned.</summary>
    public static IReadOnlyList<BriefPrint> Prints(Site site, SiteFigures figures, StringTable strings, IReadOnlySet<string> pdfs) =>
        site.Countries.SelectMany(country => figures.Of(country).States.SelectMany(state => site.Settings.Languages
            .Where(language => pdfs.Contains(PrintPaths.BriefPdf(language.Code, country.Code, state.Slug)))
            .Select(language =>
            {
                var page = new CountryDataPage(site, figures.Of(country), language, new DataLabels(strings, language),
                    new ViewFactory(site, language, strings, PrintPaths.BriefPage(language.Code, country.Code, state.Slug)));
                var drafts = BriefBuilder.DraftFactsheets(country, state, language.Code, site.Settings.DefaultLanguage.Code);
                return new BriefPrint(
                    PrintPaths.BriefPage(language.Code, country.Code, state.Slug),
                    PrintPaths.BriefPdf(language.Code, country.Code, state.Slug),
                    CountryDataPaths.RecommendingState(language.Code, country.Code, state.Slug),
                    $"{page.Labels.StateName(state.State)} · {strings.Get(language.Code, "brief.short_title")}",
                    $"the {language.Label} ({language.Code}) brief on {state.State} of '{country.Code}'",
                    language,
                    BriefBuilder.Newest(page, state, drafts));
            }))).ToList();

    /// <summary>The State page's links to its brief.</summary>
    public static BriefLinkView Link(string language, string countryCode, string stateSlug, IReadOnlySet<string> pdfs, ViewFactory views)
    {
        var pdf = PrintPaths.BriefPdf(language, countryCode, stateSlug);
        return pdfs.Contains(pdf)
            ? new BriefLinkView(views.Href(PrintPaths.BriefPage(language, countryCode, stateSlug)), views.Href(pdf), PrintPaths.BriefPdfDownloadName(language, countryCode, stateSlug))
            : new BriefLinkView(views.Href(PrintPaths.BriefPage(language, countryCode, stateSlug)), null, null);
    }

    private static string Title(CountryDataPage page, StateFigures state) =>
        page.Labels.Fill("brief.title", [.. page.Labels.StateForms(state.State).Placeholders("state"), .. page.CountryPlaceholders]);

    private static BriefPrintView Print(Site site, StringTable strings, Language language, Country country, StateFigures state, IReadOnlySet<string> pdfs, ViewFactory views)
    {
        var url = SitePaths.Absolute(site.Settings.BaseUrl, CountryDataPaths.RecommendingState(language.Code, country.Code, state.Slug));
        var qr = QrCodeSvg.For(url, strings.Get(language.Code, "brief.qr_label").Replace("{url}", url, StringComparison.Ordinal));
        var link = Link(language.Code, country.Code, state.Slug, pdfs, views);
        return new BriefPrintView(url, qr, link.PdfHref, link.PdfDownloadName, site.Settings.Print.Paper == PaperSize.Letter ? "letter" : "a4");
    }
}
