using System.Collections.Concurrent;
using UprSite.Core.Urls;

namespace UprSite.Build.Checking;

/// <summary>
/// Every distinct place the site's internal links point to, gathered as pages are added (from any thread): the
/// output path, and for a page the anchor. A site of 60,000 pages holds tens of millions of links but only as many
/// targets as it has pages and anchors, so the link check first checks these, and reads pages again only when one
/// is broken, to say where.
/// </summary>
public sealed class LinkTargets
{
    private readonly ConcurrentDictionary<string, byte> _targets = new(StringComparer.Ordinal);

    /// <summary>Adds where <paramref name="url"/> points and returns its key; null when it leaves the site.</summary>
    public string? Add(string fromPath, string url)
    {
        if (Of(fromPath, url) is not { } target)
        {
            return null;
        }

        _targets.TryAdd(target.Key, 0);
        return target.Key;
    }

    /// <summary>Adds targets by their keys (<see cref="LinkTarget.Key"/>): those of a page kept from a previous build.</summary>
    public void AddKeys(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            _targets.TryAdd(key, 0);
        }
    }

    public IEnumerable<LinkTarget> All => _targets.Keys.Order(StringComparer.Ordinal).Select(LinkTarget.FromKey);

    /// <summary>Where <paramref name="url"/> on the page at <paramref name="fromPath"/> points; null when it leaves the site.</summary>
    public static LinkTarget? Of(string fromPath, string url)
    {
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':'))
        {
            return null;
        }

        var hashAt = url.IndexOf('#');
        var withoutFragment = hashAt < 0 ? url : url[..hashAt];
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(url[(hashAt + 1)..]);
        var queryAt = withoutFragment.IndexOf('?');
        var pathPart = Uri.UnescapeDataString(queryAt < 0 ? withoutFragment : withoutFragment[..queryAt]);
        var path = pathPart.Length == 0 ? fromPath : RelativeUrl.Resolve(fromPath, pathPart);
        // Only a page's anchors are checked.
        return new LinkTarget(path, string.IsNullOrEmpty(fragment) || !path.EndsWith(".html", StringComparison.Ordinal) ? null : fragment);
    }
}
