namespace UprSite.Core.Urls;

/// <summary>Output paths of a country's recommendation pages and downloads (DESIGN §6); stable URLs like <see cref="SitePaths"/>.</summary>
public static class CountryDataPaths
{
    public static string Explorer(string language, string countryCode) =>
        $"{language}/countries/{countryCode}/recommendations/index.html";

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
