using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Pages.Models;
using UprSite.Build.Sources;
using UprSite.Build.Templates;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// Renders the page a country's print pack is printed from (layouts/print-pack.html): every factsheet written in one
/// language, each starting on a new sheet. The page is only printed, never written to the site.
/// </summary>
/// <param name="markdown">The factsheets' Markdown, rendered here for the pack's page.</param>
public sealed class PrintPackRenderer(Site site, MarkdownContent markdown, SourceSet sources, StringTable strings, DiagnosticList diagnostics)
{
    private readonly MarkdownRenderer _markdown = new();
    private readonly TemplateStore _templates = new(sources, diagnostics);

    /// <summary>Null when the country has no factsheet in that language, or the layout failed (reported).</summary>
    public byte[]? Render(Country country, Language language)
    {
        var factsheets = country.Factsheets.Where(f => f.Language == language.Code).ToList();
        if (factsheets.Count == 0)
        {
            return null;
        }

        var path = PrintPaths.PrintPackPage(language.Code, country.Code);
        var views = new ViewFactory(site, language, strings, path);
        var factsheetViews = new FactsheetViewFactory(site, language, strings, path, withPdf: false);
        var entries = factsheets.Select(f =>
        {
            var html = FactsheetHtml.For(site, _markdown, markdown, f, path);
            return new PackEntryView(views.Factsheet(f, country, html.Body()), html.Sections(f.Sections), factsheetViews.Previous(f, country), factsheetViews.Print(f));
        }).ToList();
        var title = $"{country.Name.Get(language.Code, site.Settings.DefaultLanguage.Code)} · {strings.Get(language.Code, "home.factsheets")}";
        var model = new Dictionary<string, object?>
        {
            ["site"] = views.Site(),
            ["page"] = views.Page("print-pack", title, null, new Dictionary<string, string> { [language.Code] = path }, []),
            ["lang"] = ViewFactory.Language(language),
            ["pack"] = new PrintPackView(entries),
        };
        return new LayoutRenderer(_templates, strings, diagnostics).Render("print-pack", language, model, views);
    }
}
