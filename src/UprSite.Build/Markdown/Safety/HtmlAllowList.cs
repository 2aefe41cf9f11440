namespace UprSite.Build.Markdown.Safety;

/// <summary>
/// The raw HTML a Markdown file may hold: phrasing tags for what Markdown has no short form for (line breaks,
/// superscripts, abbreviations, a change of language), with no attribute that loads, links or runs anything.
/// Everything else is removed with a warning; documented in docs/formats.md.
/// </summary>
public static class HtmlAllowList
{
    public static IReadOnlySet<string> Tags { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "small",
        "span", "strong", "sub", "sup", "u", "wbr",
    };

    /// <summary>Attributes allowed on those tags, and on Markdown's own elements through <c>{…}</c> attributes.</summary>
    public static IReadOnlySet<string> Attributes { get; } = new HashSet<string>(StringComparer.Ordinal) { "title", "lang", "dir" };

    /// <summary>Attributes <c>{…}</c> may also give Markdown's images (size).</summary>
    public static IReadOnlySet<string> ImageAttributes { get; } = new HashSet<string>(StringComparer.Ordinal) { "width", "height" };

    public static IReadOnlySet<string> VoidTags { get; } = new HashSet<string>(StringComparer.Ordinal) { "br", "wbr" };

    public static string TagList => string.Join(" ", Tags.Order(StringComparer.Ordinal).Select(t => $"<{t}>"));
}
