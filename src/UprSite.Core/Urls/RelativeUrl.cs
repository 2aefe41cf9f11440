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
    /// <summary>An address cut before its ?query or #fragment: the path, and the rest as written (empty when none).</summary>
    public static (string Path, string Tail) SplitTail(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? (url, string.Empty) : (url[..cut], url[cut..]);
    }

    public static string Resolve(string fromPath, string href)
    {
        if (href.StartsWith('/'))
        {
            return SiteRootedToPath(href) ?? href;
        }

        // The link check resolves every link of every page: one buffer, no list of segments.
        var folder = Math.Max(fromPath.LastIndexOf('/'), 0);
        var length = folder + href.Length + 1;
        var buffer = length <= 512 ? stackalloc char[length] : new char[length];
        fromPath.AsSpan(0, folder).CopyTo(buffer);
        var end = folder;
        var rest = href.AsSpan();
        while (true)
        {
            var slash = rest.IndexOf('/');
            var part = slash < 0 ? rest : rest[..slash];
            if (part is "..")
            {
                end = Math.Max(buffer[..end].LastIndexOf('/'), 0);
            }
            else if (part.Length > 0 && part is not ".")
            {
                if (end > 0)
                {
                    buffer[end++] = '/';
                }

                part.CopyTo(buffer[end..]);
                end += part.Length;
            }

            if (slash < 0)
            {
                break;
            }

            rest = rest[(slash + 1)..];
        }

        var resolved = buffer[..end];
        return href.Length == 0 || href.EndsWith('/')
            ? (resolved.Length == 0 ? "index.html" : string.Concat(resolved, "/index.html"))
            : resolved.ToString();
    }
}
