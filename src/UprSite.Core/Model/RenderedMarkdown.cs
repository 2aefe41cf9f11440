namespace UprSite.Core.Model;

/// <summary>Markdown turned into HTML, with the links it contains.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<MarkdownLink> Links)
{
    public static RenderedMarkdown Empty { get; } = new(string.Empty, []);
}
