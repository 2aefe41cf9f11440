namespace UprSite.Core.Urls;

/// <summary>
/// Links between output files written relative to the page that holds them, so the site works from any folder,
/// from a deploy preview's sub-path and when opened straight from disk.
/// </summary>
public static class RelativeUrl
{
    /// <summary>The relative URL from the page at <paramref name="fromPath"/> to the file at <paramref name="toPath"/>.</summary>
    public static string Between(string fromPath, string toPath)
    {
        var from = fromPath.Split('/');
        var to = toPath.Split('/');
        var common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var ups = Enumerable.Repeat("..", from.Length - 1 - common);
        var relative = string.Join('/', ups.Concat(to.Skip(common)));
        return relative.Length == 0 ? to[^1] : relative;
    }

    /// <summary>Whether <paramref name="url"/> names a file of the site: not empty, not only a #fragment, no scheme, not protocol-relative.</summary>
    public static bool IsInternal(string url) =>
        url.Length > 0 && !url.StartsWith('#') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':');

    /// <summary>
    /// The output path a site-rooted URL such as <c>/en/countries/kh/</c> names: directories mean their index.html.
    /// Returns null for a URL that leaves the site (scheme, protocol-relative, mailto…).
    /// </summary>
    public static string? SiteRootedToPath(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>Resolves <paramref name="href"/> (without fragment or query) against the page at <paramref name="fromPath"/>.</summary>
    public static string Resolve(string fromPath, string href)
    {
        if (href.StartsWith('/'))
        {
            return SiteRootedToPath(href) ?? href;
        }

        var segments = fromPath.Split('/').SkipLast(1).ToList();
        foreach (var part in href.Split('/'))
        {
            if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part != "." && part.Length > 0)
            {
                segments.Add(part);
            }
        }

        var resolved = string.Join('/', segments);
        return href.Length == 0 || href.EndsWith('/') ? (resolved.Length == 0 ? "index.html" : resolved + "/index.html") : resolved;
    }
}
