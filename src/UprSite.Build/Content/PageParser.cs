using UprSite.Build.Markdown;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Text;

namespace UprSite.Build.Content;

/// <summary>Parses pages/&lt;name&gt;.&lt;lang&gt;.md, the free pages of the site.</summary>
/// <param name="content">Where the page's Markdown tree is kept for Render.</param>
public sealed class PageParser(MarkdownRenderer markdown, MarkdownContent content)
{
    private static readonly DiagnosticCode Code = MarkdownFile.Code;

    public Page? Parse(ContentName name, SourceFile file, DiagnosticList diagnostics)
    {
        if (MarkdownFile.Read(file, markdown, KnownKeys.Page,
                "this page has no title; add 'title: …' to its front matter (between two '---' lines at the top)", diagnostics) is not { } read)
        {
            return null;
        }

        var (map, title, document, bodyFirstLine) = read;
        var source = new SourceRef(file.DisplayPath);
        content.Add(source, document);
        return new Page(name.Name, name.Language, title, map.String("description", Code),
            new MarkdownBody(MarkdownRenderer.Links(document, bodyFirstLine)), source)
        {
            Excerpt = MarkdownText.FirstParagraph(document) is { } paragraph ? Excerpt.Of(paragraph) : null,
        };
    }
}
