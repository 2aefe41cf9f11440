namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A site in English, Khmer and French whose only recommendation (cycle 2, Iceland, supported, on Justice) is all it
/// holds: one cycle, one State, one theme, one SDG target, one group of persons, no official totals.
/// </summary>
public sealed class SingleRecommendationSite : ThreeLanguageSite
{
    private const string CountryYml = """
        names: {en: Cambodia, km: កម្ពុជា, fr: Cambodge}
        reviews:
          - {cycle: 2, session: 18, date: 2014-01-28, documents: {report: A/HRC/26/16}}
        """;

    private const string RowsCsv = """
        cycle,session,recommending_state,response,issues,document,paragraph,sdgs,affected_persons,text
        2,18,Iceland,supported,Justice,A/HRC/26/16,118.7,16.3,women,Words written for this test.
        """;

    public SingleRecommendationSite()
        : base(nativeKhmerDigits: false, ("countries/kh/country.yml", CountryYml), ("countries/kh/recommendations/rows.csv", RowsCsv))
    {
    }
}
