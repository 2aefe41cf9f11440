namespace UprSite.Core.Urls;

/// <summary>
/// Output paths of the pages that compare the States under Review of a site of several countries, and of their
/// downloads; stable URLs like <see cref="SitePaths"/>.
/// </summary>
public static class ComparisonPaths
{
    /// <summary>The views, in the order the pages list them: by cycle, issue, regional group and action category.</summary>
    public static IReadOnlyList<string> Views { get; } = ["cycles", "issues", "regions", "categories"];

    public static string Index(string language) => $"{language}/compare/index.html";

    public static string View(string language, string view) => $"{language}/compare/{view}/index.html";

    /// <summary>One table of a view as CSV (the same bytes in every language).</summary>
    public static string Csv(string table) => $"data/compare/{table}.csv";
}
