namespace UprSite.Build.Rendering.Views;

/// <summary>A factsheet in a list: title, link, themes, the country it is about.</summary>
public sealed record FactsheetLinkView(string Title, string Href, IReadOnlyList<string> Issues, string CountryName, string? Updated);
