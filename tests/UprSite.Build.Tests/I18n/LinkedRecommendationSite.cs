namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A site in English, Khmer (native digits) and French whose two recommendations each come from a State that made
/// exactly one: France's is linked to SDG goal 16 and names two groups of affected persons (a tie), Japan's names
/// neither. One of the two recommendations therefore carries each attribute.
/// </summary>
public sealed class LinkedRecommendationSite : ThreeLanguageSite
{
    private const string CountryYml = """
        names: {en: Cambodia, km: កម្ពុជា, fr: Cambodge}
        aliases: [Cambodia]
        reviews:
          - cycle: 2
            session: 18
            date: 2014-01-28
            documents: {report: A/HRC/26/16}
        """;

    private const string RowsCsv = """
        id,cycle,session,recommending_state,regional_group,response,action_category,issues,document,paragraph,sdgs,affected_persons,text
        s-1,2,18,France,WEOG,noted,3,Right to land,A/HRC/26/16,118.1,16.10,"women
        children",Consider a moratorium on land concessions.
        s-2,2,18,Japan,Asia,supported,4,Labour,A/HRC/26/16,118.2,,,Adopt a law on labour inspection in garment factories.
        """;

    public LinkedRecommendationSite()
        : base(
            nativeKhmerDigits: true,
            ("countries/kh/country.yml", CountryYml),
            ("countries/kh/recommendations/rows.csv", RowsCsv))
    {
    }
}
