namespace UprSite.Build.Templates;

/// <summary>
/// The parameters of the theme's partials, in the order <c>include 'name' a b</c> passes them. A partial reads its
/// parameters and the page's own variables (<c>site</c>, <c>page</c>, <c>lang</c>, <c>share</c>), nothing a layout
/// set before the include. A partial not listed here (a coalition's own) takes no parameters. docs/theming.md
/// describes each.
/// </summary>
public static class PartialParameters
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByPartial { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["breadcrumbs"] = [],
        ["calendar"] = ["calendar"],
        ["chart"] = ["chart"],
        ["chart-scripts"] = [],
        ["cycle-notes"] = ["notes"],
        ["dashboard"] = ["dashboard"],
        ["data-links"] = ["explorer_link", "downloads"],
        ["data-table"] = ["table", "id"],
        ["factsheet-article"] = ["factsheet", "sections", "previous", "print"],
        ["factsheet-list"] = ["factsheets"],
        ["fallback-notice"] = [],
        ["footer"] = [],
        ["header"] = [],
        ["language-switcher"] = [],
        // Not included by layouts: UprSite.Printing renders these two for the PDF margins, with pdf as their variable.
        ["pdf-footer"] = ["pdf"],
        ["pdf-header"] = ["pdf"],
        ["search-box"] = [],
        ["share-meta"] = [],
        ["traffic-light"] = ["ratings"],
    };

    public static IReadOnlyList<string> Of(string partial) => ByPartial.GetValueOrDefault(partial) ?? [];
}
