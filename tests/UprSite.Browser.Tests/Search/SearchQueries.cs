namespace UprSite.Browser.Tests.Search;

/// <summary>
/// Queries a reader of the sample might type, with the pages that must come back, found by reading the sample's
/// files: for Khmer, every Khmer factsheet, page and country summary whose text holds the word (docs/search.md gives
/// the recall measured with these).
/// </summary>
public static class SearchQueries
{
    private const string LandKm = "km/countries/kh/factsheets/land/index.html";
    private const string CivicKm = "km/countries/kh/factsheets/civic-space/index.html";
    private const string UprKm = "km/pages/upr-process/index.html";
    private const string AboutKm = "km/pages/about/index.html";
    private const string CountryKm = "km/countries/kh/index.html";
    private const string CivicFr = "fr/countries/kh/factsheets/civic-space/index.html";

    public static IReadOnlyList<(string Query, string[] Expected)> Khmer { get; } =
    [
        ("ដីធ្លី", [LandKm, UprKm]),                               // land
        ("សង្គមស៊ីវិល", [CivicKm, AboutKm, UprKm, CountryKm]),       // civil society
        ("សេរីភាព", [CivicKm]),                                     // freedom
        ("សមាគម", [CivicKm]),                                       // association
        ("លំនៅដ្ឋាន", [LandKm, UprKm]),                              // housing
        ("ការបណ្តេញចេញ", [LandKm]),                                 // eviction
        ("សិទ្ធិមនុស្ស", [CivicKm, AboutKm, UprKm]),                   // human rights
        ("របាយការណ៍", [CivicKm, LandKm, AboutKm, UprKm, CountryKm]),  // report
        ("អង្គការមិនមែនរដ្ឋាភិបាល", [CivicKm, UprKm]),                 // non-governmental organisation
        ("ជនជាតិដើមភាគតិច", [LandKm]),                              // indigenous peoples
        ("អ្នកការពារសិទ្ធិមនុស្ស", [CivicKm]),                        // human rights defenders
        ("សហគមន៍", [LandKm]),                                       // community
        ("ប្រជុំ", [CivicKm, UprKm]),                                  // assembly, meeting
    ];

    public static IReadOnlyList<(string Query, string[] Expected)> French { get; } =
    [
        ("société civile", [CivicFr, "fr/pages/about/index.html", "fr/pages/upr-process/index.html"]),
        ("societe civile", [CivicFr, "fr/pages/about/index.html", "fr/pages/upr-process/index.html"]),
        ("expulsions", ["fr/countries/kh/factsheets/land/index.html"]),
        ("foncier", ["fr/countries/kh/factsheets/land/index.html", "fr/pages/upr-process/index.html"]),
        ("défenseurs", [CivicFr]),
        ("defenseurs", [CivicFr]),
    ];

    public static IReadOnlyList<(string Query, string[] Expected)> English { get; } =
    [
        ("land", ["en/countries/kh/factsheets/land/index.html", "en/pages/action-categories/index.html", "en/pages/upr-process/index.html"]),
        ("civil society", ["en/countries/kh/factsheets/civic-space/index.html", "en/pages/upr-process/index.html"]),
        ("evictions", ["en/countries/kh/factsheets/land/index.html"]),
        ("Norway", ["en/countries/kh/states/norway/index.html"]),
        ("national human rights institution", ["en/countries/kh/recommendations/index.html#rec-c1-egypt-nhri"]),
    ];
}
