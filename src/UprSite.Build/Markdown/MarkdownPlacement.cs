using UprSite.Build.Output;
using UprSite.Core.Urls;

namespace UprSite.Build.Markdown;

/// <summary>
/// Where Markdown is shown: written for the page at <paramref name="WrittenFor"/> (its language's own page), shown on
/// <paramref name="ShownOn"/> (the same page, another language's fallback page, or the print pack), in a right-to-left
/// language or not. It decides what each link URL becomes and whether document symbols are isolated.
/// </summary>
public sealed record MarkdownPlacement(string WrittenFor, string ShownOn, bool RightToLeft)
{
    /// <summary>
    /// The URL written in Markdown as the shown page needs it: a site-rooted path (/en/countries/kh/) relative to the
    /// page, a folder link ending in index.html, an asset (assets/…) under its hashed name (<paramref name="assets"/>),
    /// and on another page every internal path still reaching the same file. Fragments, queries and external URLs stay
    /// as written.
    /// </summary>
    public string Url(string url, AssetPlan assets)
    {
        if (!RelativeUrl.IsInternal(url))
        {
            return url;
        }

        var written = ForWrittenPage(url);
        var (path, rest) = RelativeUrl.SplitTail(written);
        if (path.Length == 0)
        {
            return written;
        }

        var target = RelativeUrl.Resolve(WrittenFor, path);
        if (assets.HashedName(target) is { } hashed)
        {
            return RelativeUrl.Between(ShownOn, hashed) + rest;
        }

        return WrittenFor == ShownOn ? written : RelativeUrl.Between(ShownOn, target) + rest;
    }

    private string ForWrittenPage(string url)
    {
        var hashAt = url.IndexOf('#');
        var (path, fragment) = hashAt < 0 ? (url, string.Empty) : (url[..hashAt], url[hashAt..]);
        if (path.StartsWith('/'))
        {
            return RelativeUrl.Between(WrittenFor, RelativeUrl.SiteRootedToPath(path)!) + fragment;
        }

        return (path.EndsWith('/') ? path + "index.html" : path) + fragment;
    }
}
