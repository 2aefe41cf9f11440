using System.Text.RegularExpressions;

namespace UprSite.Build.Markdown;

/// <summary>Rewrites the internal addresses in attribute values of built HTML (href, src, data-…), leaving the rest as is.</summary>
public static partial class HtmlLinks
{
    [GeneratedRegex("""(?<=\s[a-zA-Z:-]+=")[^"<>]+(?=")""")]
    private static partial Regex AttributeValue();

    /// <param name="rewrite">Given an internal URL split into path and the rest (?query#fragment), the new URL or null to keep it.</param>
    public static string Rewrite(string html, Func<string, string, string?> rewrite) =>
        AttributeValue().Replace(html, m => IsInternal(m.Value) && Split(m.Value) is var (path, rest) && path.Length > 0
            ? rewrite(path, rest) ?? m.Value
            : m.Value);

    public static bool IsInternal(string url) =>
        url.Length > 0 && !url.StartsWith('#') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':');

    private static (string Path, string Tail) Split(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? (url, string.Empty) : (url[..cut], url[cut..]);
    }
}
