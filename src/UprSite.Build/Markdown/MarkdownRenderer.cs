using Markdig;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UprSite.Build.Output;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Markdown;

/// <summary>
/// Markdown through one Markdig pipeline built once: parsed at Parse, kept as a syntax tree, and turned into HTML
/// only when a page shows it, for that page (<see cref="MarkdownPlacement"/>). Rendering changes link URLs and
/// literal text only; the tree is never changed, so one tree serves every page it is shown on.
/// </summary>
/// <param name="assets">The hashed names links and images to assets/ are written with; none at Parse.</param>
public sealed class MarkdownRenderer(AssetPlan? assets = null)
{
    private readonly AssetPlan _assets = assets ?? AssetPlan.None;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UsePreciseSourceLocation()
        .Build();

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, _pipeline);

    /// <summary>Every internal link of the document (links and images) with its place in the file, for the link check.</summary>
    /// <param name="firstLine">The file line the Markdown starts on (after the front matter).</param>
    public static IReadOnlyList<MarkdownLink> Links(MarkdownDocument document, int firstLine) =>
        document.Descendants<LinkInline>()
            .Where(link => link.Url is { } url && RelativeUrl.IsInternal(url))
            .Select(link => new MarkdownLink(link.Url!, link.Line + firstLine, link.Column + 1))
            .ToList();

    /// <summary>The whole document as HTML, as written for its own page (the nesting guard renders it once this way).</summary>
    public string Html(MarkdownDocument document) => document.ToHtml(_pipeline);

    /// <summary>Renders blocks of a parsed document for one page; <paramref name="tight"/> drops the &lt;p&gt; of a tight list item.</summary>
    public string Html(IEnumerable<Block> blocks, MarkdownPlacement placement, bool tight = false)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { ImplicitParagraph = tight, LinkRewriter = url => placement.Url(url, _assets) };
        _pipeline.Setup(renderer);
        if (placement.RightToLeft)
        {
            renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new SymbolIsolatingLiteralRenderer());
        }

        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }

    public string Html(MarkdownDocument document, MarkdownPlacement placement) => Html(new Block[] { document }, placement);
}
