namespace UprSite.Build.Pages.Data;

/// <summary>A part of a comparison view under its own heading ("All States under Review together", "Per State under Review").</summary>
public sealed record ComparisonSection(string Id, string Title, IReadOnlyList<ComparisonTable> Tables);
