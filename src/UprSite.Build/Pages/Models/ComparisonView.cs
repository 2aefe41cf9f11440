namespace UprSite.Build.Pages.Models;

/// <summary>A comparison view: what it compares, what its figures count, the other views, and its sections.</summary>
/// <param name="Views">Every comparison view, this one marked current.</param>
/// <param name="HasCharts">Whether a section draws a chart (the page then loads charts.js).</param>
public sealed record ComparisonView(string Intro, string Counting, IReadOnlyList<LinkView> Views, IReadOnlyList<ComparisonSectionView> Sections,
    bool HasCharts, string IndexHref);
