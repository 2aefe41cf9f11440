using UprSite.Build.Templates;
namespace UprSite.Build.Pages.Models;

/// <summary>One factsheet as its page sees it; <see cref="Body"/> is the rendered Markdown.</summary>
public sealed record FactsheetView(
    string Title,
    string Slug,
    IReadOnlyList<string> Issues,
    int? Review,
    IReadOnlyList<string> Sdgs,
    string? ContactName,
    string? ContactEmail,
    string? Updated,
    string? UpdatedIso,
    RawHtml Body,
    string CountryName,
    string CountryHref);
