namespace UprSite.Build.Pages.Models;

/// <summary>What the page shell names for browsers and share cards: the favicon and the og:image (layouts: <c>share</c>).</summary>
/// <param name="FaviconHref">Relative to the page; null when the site and the theme have no favicon.</param>
/// <param name="ImageUrl">Absolute under base_url; null when there is no share image.</param>
public sealed record ShareView(string? FaviconHref, string? FaviconType, string? ImageUrl, int? ImageWidth, int? ImageHeight);
