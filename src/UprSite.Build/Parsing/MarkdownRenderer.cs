using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Parsing;

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

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, _pipeline);

    /// <param name="firstLine">The file line the Markdown starts on (after the front matter).</param>
    /// <param name="pagePath">The output path of the page this Markdown is shown on.</param>
    public RenderedMarkdown Render(MarkdownDocument document, int firstLine, string pagePath)
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

        return new RenderedMarkdown(document.ToHtml(_pipeline), links);
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
