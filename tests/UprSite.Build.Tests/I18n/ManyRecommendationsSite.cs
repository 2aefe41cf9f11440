namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A site in English, Khmer and French where States made several recommendations: Chad three to Cambodia over
/// cycles 1 and 2 (two supported, one noted), the Philippines two (one supported, one partly supported), Iceland one
/// still pending, and a name no reference table knows ("Atlantis"); four are rated, one of each status.
/// </summary>
public sealed class ManyRecommendationsSite : ThreeLanguageSite
{
    private const string CountryYml = """
        names: {en: Cambodia, km: កម្ពុជា, fr: Cambodge}
        aliases: [Cambodia]
        reviews:
          - {cycle: 1, session: 6, date: 2009-12-01}
          - {cycle: 2, session: 18, date: 2014-01-28}
        """;

    private const string RowsCsv = """
        id,cycle,session,recommending_state,response,action_category,issues,document,paragraph,text
        m-1,1,6,Chad,supported,4,Labour,,,Adopt a law on labour inspection.
        m-2,2,18,Chad,supported,4,Labour,A/HRC/26/16,118.1,Enforce the labour law in garment factories.
        m-3,2,18,Chad,noted,3,Right to land,A/HRC/26/16,118.2,Consider a moratorium on land concessions.
        m-4,2,18,Philippines,supported,4,Labour,A/HRC/26/16,118.3,Raise the minimum wage.
        m-5,2,18,Philippines,supported/noted,5,Right to land,A/HRC/26/16,118.4,Return land to evicted families.
        m-6,2,18,Iceland,pending,4,Women's rights,A/HRC/26/16,118.5,Protect women workers.
        m-7,2,18,Atlantis,noted,3,Labour,A/HRC/26/16,118.6,Consider ratifying ILO Convention 87.
        """;

    private const string ImplementationCsv = """
        recommendation_id,status,evidence,source,date
        m-1,fully implemented,A law was adopted.,Coalition,2024-01-10
        m-2,partially implemented,Some inspections.,Coalition,2024-01-10
        m-3,not implemented,No moratorium.,Coalition,2024-01-10
        m-4,no information,No data.,Coalition,2024-01-10
        """;

    public ManyRecommendationsSite()
        : base(
            nativeKhmerDigits: true,
            ("countries/kh/country.yml", CountryYml),
            ("countries/kh/recommendations/rows.csv", RowsCsv),
            ("countries/kh/implementation.csv", ImplementationCsv))
    {
    }
}
