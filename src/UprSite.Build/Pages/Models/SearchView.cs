namespace UprSite.Build.Pages.Models;

/// <param name="IndexHref">The folder of this language's index, relative to the search page (ends in /).</param>
/// <param name="Digits">The digits 0 to 9 as the page writes them (Khmer digits when site.yml asks for native ones).</param>
public sealed record SearchView(string IndexHref, string Digits);
