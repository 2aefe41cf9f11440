namespace UprSite.Core.Urls;

/// <summary>Output paths of a country's recommendation pages and downloads (DESIGN §6); stable URLs like <see cref="SitePaths"/>.</summary>
public static class CountryDataPaths
{
    public static string Explorer(string language, string countryCode) =>
        $"{language}/countries/{countryCode}/recommendations/index.html";

    /// <summary>Page <paramref name="number"/> of the explorer's plain paged table (page 1 is <see cref="Explorer"/>).</summary>
    public static string ExplorerPage(string language, string countryCode, int number) => number <= 1
        ? Explorer(language, countryCode)
        : $"{language}/countries/{countryCode}/recommendations/page-{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/index.html";

    /// <summary>The explorer's filter codes of every row (index.json) and texts of 1,000 rows each (text-1.json …).</summary>
    public static string ExplorerIndex(string countryCode) => $"data/{countryCode}/explorer/index.json";

    public static string ExplorerText(string countryCode, int shard) =>
        $"data/{countryCode}/explorer/text-{(shard + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    public static string RecommendingState(string language, string countryCode, string stateSlug) =>
        $"{language}/countries/{countryCode}/states/{stateSlug}/index.html";

    public static string RecommendationsCsv(string countryCode) => $"data/{countryCode}/recommendations.csv";

    public static string RecommendationsJson(string countryCode) => $"data/{countryCode}/recommendations.json";

    public static string StatisticsJson(string countryCode) => $"data/{countryCode}/statistics.json";

    /// <summary>The OHCHR-style matrix of one cycle with the coalition's assessments, as Word or Excel ("docx", "xlsx").</summary>
    public static string Matrix(string countryCode, int cycle, string extension) =>
        $"data/{countryCode}/matrix-cycle{cycle.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>The data behind one chart of the dashboard, as CSV.</summary>
    public static string ChartCsv(string countryCode, string chartId) => $"data/{countryCode}/charts/{chartId}.csv";
}
