namespace UprSite.Build.Pages;

/// <summary>One kind of page, declared once in <see cref="PageKinds"/>.</summary>
/// <param name="Name">What <c>page.kind</c> says; the layout is layouts/&lt;name&gt;.html.</param>
/// <param name="Model">The record the layout receives (<see cref="Models.PageModel"/>).</param>
/// <param name="PathOf">The output path of one page of the kind.</param>
/// <param name="InSitemap">Whether its pages are listed in sitemap.xml (only where written in the language).</param>
/// <param name="HasAlternates">Whether its pages link to the same page in the other languages (switcher, hreflang).</param>
/// <param name="Written">False for a page only printed to PDF, never written to the site.</param>
/// <param name="XDefault">The sitemap's x-default for its pages; null: the default language's version, else the first written.</param>
public sealed record PageKind(string Name, Type Model, Func<PageAddress, string> PathOf, bool InSitemap, bool HasAlternates, bool Written = true,
    string? XDefault = null)
{
    public string Layout => $"layouts/{Name}.html";

    public string Path(string language, string? country = null, string? slug = null) => PathOf(new PageAddress(language, country, slug));

    /// <summary>Language code → path of the same page in each of <paramref name="languages"/>, or only its own without alternates.</summary>
    public IReadOnlyDictionary<string, string> PathsByLanguage(PageAddress address, IEnumerable<string> languages) => HasAlternates
        ? languages.ToDictionary(l => l, l => PathOf(address with { Language = l }), StringComparer.Ordinal)
        : new Dictionary<string, string>(StringComparer.Ordinal) { [address.Language] = PathOf(address) };
}
