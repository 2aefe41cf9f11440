namespace UprSite.Build.Pages.Models;

/// <param name="IndexHref">The folder of this language's index, relative to the search page (ends in /).</param>
public sealed record SearchView(string IndexHref);
