namespace UprSite.Build.Pages.Models;

/// <summary>A comparison view as its index lists it.</summary>
public sealed record ComparisonLinkView(string Title, string Description, string Href);
