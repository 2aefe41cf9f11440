using UprSite.Build.Content.Yaml;
using UprSite.Build.Markdown;
using UprSite.Build.Scaffolding;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Factsheets;
using UprSite.Core.Model;
using UprSite.Core.Text;

namespace UprSite.Build.Content;

/// <summary>Parses countries/&lt;iso2&gt;/factsheets/&lt;slug&gt;.&lt;lang&gt;.md: front matter and Markdown body.</summary>
/// <param name="content">Where the factsheet's Markdown tree is kept for Render.</param>
public sealed class FactsheetParser(MarkdownRenderer markdown, FactsheetHeadings headings, MarkdownContent content)
{
    private static readonly DiagnosticCode Code = MarkdownFile.Code;

    public Factsheet? Parse(string countryCode, ContentName name, SourceFile file, DiagnosticList diagnostics)
    {
        if (MarkdownFile.Read(file, markdown, KnownKeys.Factsheet,
                "this factsheet has no title; add 'title: …' to its front matter (between the two '---' lines)", diagnostics) is not { } read)
        {
            return null;
        }

        var (map, title, document, bodyFirstLine) = read;
        var contact = map.Map("contact", Code);
        contact?.WarnUnknownKeys(Code, KnownKeys.FactsheetContact);
        var (sections, blocks) = new FactsheetSectionReader(headings).Read(document, bodyFirstLine);
        var source = new SourceRef(file.DisplayPath);
        content.Add(source, blocks);
        return new Factsheet(countryCode, name.Name, name.Language, title,
            map.StringList("issues", Code),
            map.Int("review", Code, 1, 20),
            map.IntList("sdgs", Code, 1, 17),
            contact is null ? null : new Contact(contact.String("name", Code), contact.String("email", Code)),
            map.Date("updated", Code),
            new MarkdownBody(MarkdownRenderer.Links(document, bodyFirstLine)),
            source)
        {
            Sections = sections,
            IssuePositions = map.ItemPositions("issues"),
            WordCount = FactsheetLength.Words(MarkdownText.Of(document)),
            Description = map.String("description", Code),
            Excerpt = MarkdownText.FirstParagraph(document) is { } paragraph ? Excerpt.Of(paragraph) : null,
            Draft = map.Bool("draft", Code) == true ? Position(map, "draft") : null,
            Placeholders = FactsheetSkeleton.Find(file.Text),
        };
    }

    private static SourcePosition Position(YamlMap map, string key)
    {
        var (line, column) = map.Context.Position(map.StartOf(key));
        return new SourcePosition(line, column);
    }
}
