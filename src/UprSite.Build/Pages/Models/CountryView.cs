namespace UprSite.Build.Pages.Models;

/// <summary>A State under Review as its dashboard sees it.</summary>
public sealed record CountryView(
    string Code,
    string Name,
    string? Summary,
    string Href,
    IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<FactsheetLinkView> Factsheets)
{
    /// <summary>The summary's language when it is not the page's (country.yml has no summary in this language yet).</summary>
    public string? SummaryLang { get; init; }
}
