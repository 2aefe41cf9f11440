namespace UprSite.Build.Pages.Models;

/// <summary>The home page of one language: countries, factsheets and free pages.</summary>
public sealed record HomeView(
    IReadOnlyList<CountryView> Countries,
    IReadOnlyList<FactsheetLinkView> Factsheets,
    IReadOnlyList<LinkView> Pages);
