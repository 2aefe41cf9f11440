namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A site in English, Khmer and French where each figure the pages explain is one: cycle 1 holds one recommendation
/// by State with no paragraph number (as UPR Info exports give them), from France, on one theme; cycle 2 one
/// recommendation with its paragraph, whose source is not recorded, with no theme, which is also the official total
/// of cycle 2; and one voluntary pledge.
/// </summary>
public sealed class CountedOnceSite : ThreeLanguageSite
{
    private const string CountryYml = """
        names: {en: Cambodia, km: កម្ពុជា, fr: Cambodge}
        aliases: [Cambodia]
        reviews:
          - {cycle: 1, session: 6, date: 2009-12-01}
          - cycle: 2
            session: 18
            date: 2014-01-28
            declared: {received: 1, supported: 0, noted: 1, source: "A/HRC/26/16 and addendum"}
        """;

    private const string RowsCsv = """
        id,cycle,session,recommending_state,response,action_category,issues,document,paragraph,text
        u-1,1,6,France,supported,4,Labour,,,Adopt a law on labour inspection in garment factories.
        u-2,2,18,(Unknown),noted,3,,A/HRC/26/16,118.1,Consider a moratorium on land concessions.
        p-1,2,18,Cambodia,Voluntary Pledge,,,,,Present a mid-term report on the recommendations.
        """;

    public CountedOnceSite()
        : base(
            nativeKhmerDigits: false,
            ("countries/kh/country.yml", CountryYml),
            ("countries/kh/recommendations/rows.csv", RowsCsv))
    {
    }
}
