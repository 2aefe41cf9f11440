using UprSite.Build.Content;
using UprSite.Build.Markdown;
using UprSite.Build.Pages.Models;
using UprSite.Build.Templates;
using UprSite.Core.Factsheets;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// A factsheet's Markdown turned into HTML for the one page that shows it (its own page, a fallback page in another
/// language, the print pack): the whole body and the body in its parts.
/// </summary>
public sealed class FactsheetHtml(MarkdownRenderer renderer, FactsheetMarkdown markdown, MarkdownPlacement placement)
{
    /// <param name="shownOn">The output path of the page the factsheet is shown on.</param>
    public static FactsheetHtml For(Site site, MarkdownRenderer renderer, MarkdownContent content, Factsheet factsheet, string shownOn) =>
        new(renderer, content.Of(factsheet), new MarkdownPlacement(
            SitePaths.Factsheet(factsheet.Language, factsheet.CountryCode, factsheet.Slug),
            shownOn,
            site.Settings.FindLanguage(factsheet.Language)?.Direction == TextDirection.Rtl));

    public RawHtml Body() => new(renderer.Html(markdown.Document, placement));

    public FactsheetSectionsView Sections(FactsheetSections sections) => new(
        Html(markdown.Context),
        Part(sections.Questions, markdown.Questions, FactsheetSections.QuestionsId, FactsheetSections.QuestionAnchor),
        Part(sections.Recommendations, markdown.Recommendations, FactsheetSections.RecommendationsId, FactsheetSections.RecommendationAnchor),
        Html(markdown.More));

    private FactsheetPartView? Part(FactsheetPart? part, FactsheetPartMarkdown? blocks, string id, Func<int, string> anchor) =>
        part is null || blocks is null
            ? null
            : new FactsheetPartView(id, part.Heading, Html(blocks.Intro),
                part.Items.Zip(blocks.Items, (item, block) =>
                    new FactsheetItemView(item.Number, anchor(item.Number), new RawHtml(renderer.Html(block, placement, blocks.Tight)))).ToList(),
                Html(blocks.Outro));

    private RawHtml Html(IEnumerable<Markdig.Syntax.Block> blocks) => new(renderer.Html(blocks, placement));
}
