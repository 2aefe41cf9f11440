namespace UprSite.Build.Pages.Models;

/// <summary>One review (cycle) of a country, with its declared totals formatted for the page's language.</summary>
public sealed record ReviewView(
    int Cycle,
    string? Session,
    string? Date,
    string? DateIso,
    string Troika,
    string? Report,
    string? Addendum,
    bool HasTotals,
    string Received,
    string Supported,
    string Noted,
    string SupportedRate,
    double SupportedShare,
    string? Source)
{
    /// <summary>The language of <see cref="Source"/> (written once, in the default language) when it is not the page's.</summary>
    public string? TextLang { get; init; }
}
