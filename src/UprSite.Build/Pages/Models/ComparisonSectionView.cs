namespace UprSite.Build.Pages.Models;

/// <summary>A part of a comparison view under its own heading, with its tables (some drawn as charts).</summary>
public sealed record ComparisonSectionView(string Id, string Title, IReadOnlyList<ComparisonItemView> Items);
