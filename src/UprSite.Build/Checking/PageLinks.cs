namespace UprSite.Build.Checking;

/// <summary>
/// A page's anchors (ids, and names of &lt;a&gt;), and, when asked for, its links (<see cref="PageLinkScanner.Scan(string)"/>).
/// The index of every page a build writes keeps only a sorted array of the anchors' 64-bit hashes (<see cref="Compact"/>):
/// a large site has tens of millions of ids, most never linked to, and a hash takes 8 bytes where a string in a set takes several times that.
/// </summary>
public sealed class PageLinks
{
    private readonly IReadOnlySet<string>? _anchors;
    private readonly ulong[] _hashes = [];
    private readonly IReadOnlyList<PageLink> _links;

    public PageLinks(IReadOnlySet<string> anchors, IReadOnlyList<PageLink> links)
    {
        _anchors = anchors;
        _links = links;
    }

    private PageLinks(ulong[] hashes)
    {
        _hashes = hashes;
        _links = [];
    }

    public static PageLinks Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), []);

    /// <summary>The anchors' hashes only, no links: enough for the link check (that a broken anchor shares a hash with one of the page's is a chance of about one in 10^16 per lookup).</summary>
    public static PageLinks Compact(IReadOnlyCollection<string> anchors)
    {
        var hashes = anchors.Select(Hash).ToArray();
        Array.Sort(hashes);
        return new PageLinks(hashes);
    }

    public IReadOnlyList<PageLink> Links => _links;

    /// <summary>The anchors as written; a <see cref="Compact"/> index has only their hashes.</summary>
    public IReadOnlySet<string> Anchors => _anchors ?? throw new InvalidOperationException("a compact page index keeps only its anchors' hashes");

    public bool HasAnchor(string fragment) => _anchors?.Contains(fragment) ?? Array.BinarySearch(_hashes, Hash(fragment)) >= 0;

    // FNV-1a over the UTF-16 code units: the same in every process, unlike string.GetHashCode.
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
