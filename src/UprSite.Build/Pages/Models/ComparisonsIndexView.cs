namespace UprSite.Build.Pages.Models;

/// <summary>The index of comparison views: what they compare, what their figures count, a link to each.</summary>
public sealed record ComparisonsIndexView(string Intro, string Counting, IReadOnlyList<ComparisonLinkView> Views, string CountriesHref, string StatesHref);
