namespace UprSite.Core.Urls;

/// <summary>
/// Output paths of the pages only a site of several countries has: the countries index, the index of recommending
/// States and one page per recommending State across every country; stable URLs like <see cref="SitePaths"/>.
/// </summary>
public static class SiteIndexPaths
{
    public static string Countries(string language) => $"{language}/countries/index.html";

    public static string States(string language) => $"{language}/states/index.html";

    public static string State(string language, string stateSlug) => $"{language}/states/{stateSlug}/index.html";

    /// <summary>Every country with its figures, as CSV (the same bytes in every language).</summary>
    public const string CountriesCsv = "data/countries.csv";

    /// <summary>Every recommendation one State made to the States under Review of the site, as CSV.</summary>
    public static string StateCsv(string stateSlug) => $"data/states/{stateSlug}.csv";
}
