namespace UprSite.Build.Pages.Models;

/// <summary>One line of a print pack's contents.</summary>
public sealed record PackContentsView(string Title, string Slug);
