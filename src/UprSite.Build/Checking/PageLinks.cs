namespace UprSite.Build.Checking;

/// <summary>
/// What the link check needs of one HTML page, taken once when the page is added to the output
/// (<see cref="PageLinkScanner"/>) so that no document is kept: the anchors it offers (ids, and names of
/// &lt;a&gt;) as a set, and every href and src it holds with its place in the page.
/// </summary>
public sealed class PageLinks(IReadOnlySet<string> anchors, IReadOnlyList<PageLink> links)
{
    public static PageLinks Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), []);

    public IReadOnlyList<PageLink> Links => links;

    public IReadOnlySet<string> Anchors => anchors;

    public bool HasAnchor(string fragment) => anchors.Contains(fragment);
}
