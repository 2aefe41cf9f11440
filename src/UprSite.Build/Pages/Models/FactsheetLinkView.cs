namespace UprSite.Build.Pages.Models;

/// <summary>A factsheet in a list: title, link, themes, the country it is about.</summary>
/// <param name="Lang">The title's language when it is not the page's (the factsheet is not translated yet).</param>
public sealed record FactsheetLinkView(string Title, string Href, IReadOnlyList<string> Issues, string CountryName, string? Updated, string? Lang = null);
