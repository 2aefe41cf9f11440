using UprSite.Build.Content.Yaml;
using UprSite.Build.Markdown;
using UprSite.Build.Markdown.Safety;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Text;

namespace UprSite.Build.Content;

/// <summary>Parses pages/&lt;name&gt;.&lt;lang&gt;.md, the free pages of the site.</summary>
/// <param name="content">Where the page's Markdown tree is kept for Render.</param>
public sealed class PageParser(MarkdownRenderer markdown, MarkdownContent content)
{
    private static readonly DiagnosticCode Code = DiagnosticCodes.InvalidFrontMatterValue;

    public Page? Parse(ContentName name, SourceFile file, DiagnosticList diagnostics)
    {
        var parts = FrontMatter.Split(file, diagnostics);
        var map = parts is null ? null : YamlDocumentReader.Read(parts.Yaml, file.DisplayPath, parts.YamlFirstLine, diagnostics);
        if (parts is null || map is null)
        {
            return null;
        }

        map.WarnUnknownKeys(Code, KnownKeys.Page);
        var title = map.String("title", Code);
        if (title is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingTitle,
                "this page has no title; add 'title: …' to its front matter (between two '---' lines at the top)",
                file.DisplayPath, 1, 1));
            return null;
        }

        var document = MarkdownNesting.Parse(markdown, parts.Body, parts.BodyFirstLine, file.DisplayPath, diagnostics);
        if (document is null)
        {
            return null;
        }

        MarkdownSafety.Apply(document, file.DisplayPath, parts.BodyFirstLine, diagnostics);
        var source = new SourceRef(file.DisplayPath);
        content.Add(source, document);
        return new Page(name.Name, name.Language, title, map.String("description", Code),
            new MarkdownBody(MarkdownRenderer.Links(document, parts.BodyFirstLine)), source)
        {
            Excerpt = MarkdownText.FirstParagraph(document) is { } paragraph ? Excerpt.Of(paragraph) : null,
        };
    }
}
