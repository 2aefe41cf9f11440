namespace UprSite.Core.Urls;

/// <summary>Where each language's search page is; its index is in search/&lt;lang&gt;/ (Build's SearchIndex).</summary>
public static class SearchPaths
{
    public static string Page(string language) => $"{language}/search/index.html";
}
