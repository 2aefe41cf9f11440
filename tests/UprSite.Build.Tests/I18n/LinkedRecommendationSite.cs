using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A site in English, Khmer (native digits) and French whose two recommendations each come from a State that made
/// exactly one: France's is linked to SDG goal 16 and names two groups of affected persons (a tie), Japan's names
/// neither. One of the two recommendations therefore carries each attribute.
/// </summary>
public sealed class LinkedRecommendationSite : IDisposable
{
    private const string SiteYml = """
        title: {en: Test Coalition, km: សម្ព័ន្ធសាកល្បង, fr: Coalition de test}
        base_url: https://test.example.org
        languages:
          - {code: en, label: English, locale: en-GB, default: true}
          - {code: km, label: ខ្មែរ, locale: km-KH, digits: native}
          - {code: fr, label: Français, locale: fr-FR}
        """;

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
    {
        Site = new TestSite(withCountry: false)
            .Write("site.yml", SiteYml)
            .Write("countries/kh/country.yml", CountryYml)
            .Write("countries/kh/recommendations/rows.csv", RowsCsv);
        Result = Site.Build();
    }

    public TestSite Site { get; }

    public UprSite.Build.Pipeline.BuildResult Result { get; }

    public IDocument Page(string path) => new HtmlParser().ParseDocument(Site.ReadOutput(path));

    public void Dispose() => Site.Dispose();
}
