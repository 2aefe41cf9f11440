using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Markdown;

/// <summary>
/// Markdown to HTML through one Markdig pipeline built once. Site-rooted links (<c>/en/countries/kh/</c>) are
/// rewritten relative to the page that shows them; every internal link is kept with its line and column so the
/// link check can point at the Markdown source.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UsePreciseSourceLocation()
        .Build();

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, _pipeline);

    /// <param name="firstLine">The file line the Markdown starts on (after the front matter).</param>
    /// <param name="pagePath">The output path of the page this Markdown is shown on.</param>
    public RenderedMarkdown Render(MarkdownDocument document, int firstLine, string pagePath)
    {
        var links = RewriteLinks(document, firstLine, pagePath);
        return new RenderedMarkdown(document.ToHtml(_pipeline), links);
    }

    /// <summary>Rewrites site-rooted links relative to the page and returns every internal link with its position.</summary>
    public IReadOnlyList<MarkdownLink> RewriteLinks(MarkdownDocument document, int firstLine, string pagePath)
    {
        var links = new List<MarkdownLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { } url || !IsInternal(url))
            {
                continue;
            }

            links.Add(new MarkdownLink(url, link.Line + firstLine, link.Column + 1));
            link.Url = ToRelative(url, pagePath);
        }

        return links;
    }

    public string Html(MarkdownDocument document) => document.ToHtml(_pipeline);

    /// <summary>Renders some blocks of a parsed document; <paramref name="tight"/> drops the &lt;p&gt; of a tight list item.</summary>
    public string RenderBlocks(IEnumerable<Block> blocks, bool tight = false)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { ImplicitParagraph = tight };
        _pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }

    public RenderedMarkdown Render(string markdown, int firstLine, string pagePath) => Render(Parse(markdown), firstLine, pagePath);

    private static bool IsInternal(string url) =>
        url.Length > 0 && !url.StartsWith('#') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':');

    private static string ToRelative(string url, string pagePath)
    {
        var hashAt = url.IndexOf('#');
        var (path, fragment) = hashAt < 0 ? (url, string.Empty) : (url[..hashAt], url[hashAt..]);
        if (path.StartsWith('/'))
        {
            return RelativeUrl.Between(pagePath, RelativeUrl.SiteRootedToPath(path)!) + fragment;
        }

        return (path.EndsWith('/') ? path + "index.html" : path) + fragment;
    }
}
