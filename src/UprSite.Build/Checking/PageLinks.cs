namespace UprSite.Build.Checking;

/// <summary>A page's anchors (ids, and names of &lt;a&gt;) as a set, and, when asked for, its links (<see cref="PageLinkScanner.Scan(string)"/>).</summary>
public sealed class PageLinks(IReadOnlySet<string> anchors, IReadOnlyList<PageLink> links)
{
    public static PageLinks Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), []);

    public IReadOnlyList<PageLink> Links => links;

    public IReadOnlySet<string> Anchors => anchors;

    public bool HasAnchor(string fragment) => anchors.Contains(fragment);
}
