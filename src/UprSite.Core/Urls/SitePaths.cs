namespace UprSite.Core.Urls;

/// <summary>
/// The output paths of every page (DESIGN §6), relative to the site root with '/' separators.
/// These paths are the site's stable URLs; change them only with redirects.
/// </summary>
public static class SitePaths
{
    public const string Root = "index.html";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    /// <summary>The 404 page of the default language, which Netlify serves for every unknown address.</summary>
    public const string RootNotFound = "404.html";

    public static string NotFound(string language) => $"{language}/404.html";

    public static string Home(string language) => $"{language}/index.html";

    public static string Country(string language, string countryCode) => $"{language}/countries/{countryCode}/index.html";

    public static string Factsheet(string language, string countryCode, string slug) =>
        $"{language}/countries/{countryCode}/factsheets/{slug}/index.html";

    public static string Page(string language, string name) => $"{language}/pages/{name}/index.html";

    public static string Asset(string path) => $"assets/{path.TrimStart('/')}";

    /// <summary>The public URL of a page under a base URL: directory pages end in '/', as servers show them.</summary>
    public static string Absolute(string baseUrl, string path)
    {
        var trimmed = path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
        return $"{baseUrl.TrimEnd('/')}/{trimmed}";
    }
}
