namespace UprSite.TestSupport;

/// <summary>
/// A small English and Khmer site about Cambodia: its site.yml and country.yml (second cycle declared 205 / 163 / 42),
/// and for the data pages six recommendation rows (so the declared total and the rows disagree) and three
/// implementation ratings. Paths are relative to input/.
/// </summary>
public static class DataSiteFiles
{
    public const string SiteYml = """
        title: {en: Test Coalition, km: សម្ព័ន្ធសាកល្បង}
        base_url: https://test.example.org
        languages:
          - {code: en, label: English, locale: en-GB, default: true}
          - {code: km, label: ខ្មែរ, locale: km-KH}
        """;

    public const string CountryYml = """
        names: {en: Cambodia, km: កម្ពុជា}
        aliases: [Cambodia]
        reviews:
          - cycle: 2
            session: 18
            date: 2014-01-28
            troika: [Italy, Morocco, Philippines]
            documents: {report: A/HRC/26/16}
            declared: {received: 205, supported: 163, noted: 42, source: "A/HRC/26/16 and addendum"}
        """;

    public const string RowsCsv = """
        id,cycle,session,recommending_state,regional_group,response,action_category,issues,document,paragraph,text
        t-1,2,18,France,WEOG,supported,5,Right to land; Justice,A/HRC/26/16,118.1,Adopt a law on evictions with fair compensation.
        t-2,2,18,France,WEOG,noted,3,Right to land,A/HRC/26/16,118.2,"Consider a moratorium on land concessions, as promised."
        t-3,2,18,Japan,Asia,supported,4,Labour,A/HRC/26/16,118.3,Strengthen labour inspection in garment factories.
        t-4,2,18,Côte d'Ivoire,Africa,supported,4,Right to land,A/HRC/26/16,118.4,Ensure that communities are consulted before a concession.
        t-5,2,18,United Kingdom,WEOG,noted,5,Elections,A/HRC/26/16,118.5,Reform the national election committee.
        t-6,2,18,Japan,Asia,supported,2,Justice,A/HRC/26/16,118.6,Continue the reform of the courts.
        """;

    public const string ImplementationCsv = """
        recommendation_id,status,evidence,source,date
        t-1,not implemented,No eviction law has been tabled in parliament.,Coalition monitoring note 2023,2023-06-30
        t-3,partially implemented,Inspections doubled but fines are rarely collected.,Labour ministry report 2023,2023-09-01
        t-6,fully implemented,The three court laws were adopted.,Official gazette,2022-12-15
        """;

    /// <summary>Every file of the data site; <paramref name="siteYml"/> replaces its site.yml.</summary>
    public static IReadOnlyDictionary<string, string> Files(string siteYml = SiteYml) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["site.yml"] = siteYml,
        ["countries/kh/country.yml"] = CountryYml,
        ["countries/kh/recommendations/rows.csv"] = RowsCsv,
        ["countries/kh/implementation.csv"] = ImplementationCsv,
    };
}
