namespace UprSite.Build.Pages.Models;

/// <summary>What every layout knows of the page being rendered.</summary>
/// <param name="Kind">root, home, country, factsheet or page.</param>
/// <param name="Path">The output path (en/countries/kh/index.html).</param>
/// <param name="Url">The absolute public address under base_url.</param>
/// <param name="Alternates">The same page in every language it can be read in, for the language switcher.</param>
public sealed record PageView(
    string Kind,
    string Title,
    string? Description,
    string Path,
    string Url,
    IReadOnlyList<AlternateView> Alternates,
    IReadOnlyList<LinkView> Breadcrumbs)
{
    /// <summary>Real translations of the page and x-default, for <c>&lt;link rel="alternate" hreflang&gt;</c>.</summary>
    public IReadOnlyList<HreflangView> Hreflangs { get; init; } = [];

    /// <summary>Set on a fallback page: the original's address, which search engines should index instead.</summary>
    public string? CanonicalOverride { get; init; }

    public string Canonical => CanonicalOverride ?? Url;

    /// <summary>The language of the main text when it differs from the page's (a fallback page); null otherwise.</summary>
    public string? ContentLang { get; init; }

    /// <summary>ltr or rtl for <see cref="ContentLang"/>; null when the main text is in the page's language.</summary>
    public string? ContentDir { get; init; }

    /// <summary>True on the 404 pages: no canonical, no hreflang, <c>robots noindex</c>.</summary>
    public bool NoIndex { get; init; }

    /// <summary>
    /// Set on the 404 pages: the folder the page's relative links start from, as an address path (/en/). Netlify
    /// answers any unknown address with /404.html, so its links must not depend on the address asked for.
    /// </summary>
    public string? BaseHref { get; init; }

    /// <summary>What in-page anchors start with: empty, or under <see cref="BaseHref"/> the page's own file name.</summary>
    public string AnchorBase => BaseHref is null ? string.Empty : Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>The notice shown on a fallback page; null on every other page.</summary>
    public FallbackView? Fallback { get; init; }
}
