namespace UprSite.Build.Pages.Models;

/// <summary>One factsheet's draft recommendations in a brief, on themes the State raised.</summary>
/// <param name="Lang">The factsheet's language when it is not the brief's (not yet translated); else null.</param>
/// <param name="Themes">The themes it shares with the State's recommendations, in the brief's language.</param>
/// <param name="Url">The factsheet's public address.</param>
public sealed record BriefDraftView(string Title, string? Lang, string Themes, string Url, string Href, IReadOnlyList<FactsheetItemView> Items);
