namespace UprSite.Build.Pages.Models;

/// <summary>A link as layouts see it: label, relative href from the current page, whether it is the current page.</summary>
public sealed record LinkView(string Label, string Href, bool IsCurrent = false, string? Lang = null);
