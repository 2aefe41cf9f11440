namespace UprSite.Core.Model;

/// <summary>
/// What the model keeps of a Markdown body: the internal links written in it, with their places in the source. The
/// syntax tree itself stays in Build and becomes HTML only when a page showing it is rendered.
/// </summary>
public sealed record MarkdownBody(IReadOnlyList<MarkdownLink> Links)
{
    public static MarkdownBody Empty { get; } = new([]);
}
