namespace UprSite.Build.Pages.Models;

/// <summary>A factsheet a brief names when none is on the State's themes.</summary>
/// <param name="Lang">The factsheet's language when it is not the brief's (not yet translated); else null.</param>
public sealed record BriefFactsheetView(string Title, string? Lang, string Href);
