namespace UprSite.Build.Rendering.Views;

/// <summary>What every layout knows of the page being rendered.</summary>
/// <param name="Kind">root, home, country, factsheet or page.</param>
/// <param name="Path">The output path (en/countries/kh/index.html).</param>
/// <param name="Url">The absolute public address under base_url.</param>
public sealed record PageView(
    string Kind,
    string Title,
    string? Description,
    string Path,
    string Url,
    IReadOnlyList<AlternateView> Alternates,
    IReadOnlyList<LinkView> Breadcrumbs);
