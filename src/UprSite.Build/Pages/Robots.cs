using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>robots.txt: every crawler may read everything, and learns where the sitemap is. input/static/robots.txt replaces it.</summary>
public static class Robots
{
    /// <summary>Without an absolute base_url the Sitemap line is left out: robots.txt only takes absolute addresses there.</summary>
    public static byte[] Write(string baseUrl)
    {
        var sitemap = SitePaths.Absolute(baseUrl, SitePaths.Sitemap);
        var text = "User-agent: *\nAllow: /\n" + (Uri.IsWellFormedUriString(sitemap, UriKind.Absolute) ? $"\nSitemap: {sitemap}\n" : string.Empty);
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
