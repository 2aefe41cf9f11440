namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A site in English, Khmer and French whose second cycle has two recommendations (one supported, one noted), each
/// from a State that made exactly one; the official totals declare that cycle (2 / 1 / 1) and a third one (10 / 8 / 2)
/// of which the site holds nothing. France's category is coded in the file, Japan's computed from its first verb.
/// </summary>
public sealed class OneRecommendationSite : ThreeLanguageSite
{
    private const string CountryYml = """
        names: {en: Cambodia, km: កម្ពុជា, fr: Cambodge}
        aliases: [Cambodia]
        reviews:
          - cycle: 2
            session: 18
            date: 2014-01-28
            documents: {report: A/HRC/26/16}
            declared: {received: 2, supported: 1, noted: 1, source: "A/HRC/26/16 and addendum"}
          - cycle: 3
            session: 32
            date: 2019-01-30
            documents: {report: A/HRC/41/17}
            declared: {received: 10, supported: 8, noted: 2, source: "A/HRC/41/17 and addendum"}
        """;

    private const string RowsCsv = """
        id,cycle,session,recommending_state,regional_group,response,action_category,issues,document,paragraph,text
        o-1,2,18,France,WEOG,noted,3,Right to land,A/HRC/26/16,118.1,"Consider a moratorium on land concessions."
        o-2,2,18,Japan,Asia,supported,,Labour,A/HRC/26/16,118.2,Adopt a law on labour inspection in garment factories.
        """;

    public OneRecommendationSite()
        : base(
            nativeKhmerDigits: false,
            ("countries/kh/country.yml", CountryYml),
            ("countries/kh/recommendations/rows.csv", RowsCsv),
            ("countries/kh/factsheets/labour.en.md", "---\ntitle: Labour\nissues: [Labour]\n---\nContext.\n\n## Questions\n\n1. A?\n2. B?\n3. C?\n4. D?\n\n## Recommendations\n\n1. Adopt a law by 2027.\n"))
    {
    }
}
