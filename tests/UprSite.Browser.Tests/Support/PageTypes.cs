using System.Text.RegularExpressions;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// One page of each type in each language of a built site, found from the output itself (the body's kind-… class,
/// the language folder, and whether the page is a fallback), so page types added later are covered too.
/// </summary>
public static partial class PageTypes
{
    [GeneratedRegex("""<body class="kind-([a-z-]+)""")]
    private static partial Regex Kind();

    /// <returns>(type, output path) pairs such as ("km factsheet (fallback)", "km/countries/kh/factsheets/labour/index.html").</returns>
    public static IReadOnlyList<(string Type, string Path)> Of(string siteFolder) =>
        Directory.GetFiles(siteFolder, "*.html", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(siteFolder, full).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => (Type: TypeOf(siteFolder, path), Path: path))
            .GroupBy(p => p.Type)
            .Select(g => g.First())
            .ToList();

    private static string TypeOf(string siteFolder, string path)
    {
        var html = File.ReadAllText(Path.Combine(siteFolder, path));
        var kind = Kind().Match(html) is { Success: true } m ? m.Groups[1].Value : "other";
        var language = path.Contains('/') ? path[..path.IndexOf('/')] : "root";
        var fallback = html.Contains("class=\"fallback-notice\"", StringComparison.Ordinal) ? " (fallback)" : string.Empty;
        return $"{language} {kind}{fallback}";
    }
}
