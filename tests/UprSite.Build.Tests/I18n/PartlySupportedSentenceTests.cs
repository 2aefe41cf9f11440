using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A State that made one recommendation, partly supported (supported in part, noted in part), in English, Khmer and
/// French: its page and the country page set it apart instead of reading "supported 0, noted 0".
/// </summary>
public sealed class PartlySupportedSentenceTests : IDisposable
{
    private const string SiteYml = """
        title: {en: Test Coalition, km: សម្ព័ន្ធសាកល្បង, fr: Coalition de test}
        base_url: https://test.example.org
        languages:
          - {code: en, label: English, locale: en-GB, default: true}
          - {code: km, label: ខ្មែរ, locale: km-KH}
          - {code: fr, label: Français, locale: fr-FR}
        """;

    private const string RowsCsv = """
        id,cycle,session,recommending_state,response,action_category,issues,document,paragraph,text
        m-1,2,18,Maldives,supported/noted,4,,A/HRC/26/16,118.8,Ratify the Convention and adopt a law against torture.
        f-1,2,18,France,supported,4,,A/HRC/26/16,118.9,Adopt a law on labour inspection.
        """;

    private readonly TestSite _site = new TestSite(withCountry: false)
        .Write("site.yml", SiteYml)
        .Write("countries/kh/country.yml", "names: {en: Cambodia, km: កម្ពុជា, fr: Cambodge}\nreviews:\n  - {cycle: 2, session: 18, date: 2014-01-28, declared: {received: 3, supported: 2, noted: 1, source: A/HRC/26/16}}\n")
        .Write("countries/kh/recommendations/rows.csv", RowsCsv);

    public PartlySupportedSentenceTests()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private IDocument Page(string path) => new HtmlParser().ParseDocument(_site.ReadOutput(path));

    private static string Text(IDocument page, string selector) => string.Join(' ', page.QuerySelector(selector)!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("en", "1 recommendation: supported 0, noted 0.", "1 recommendation was partly supported: supported in part and noted in part, so it counts as neither.", "Partly supported 1")]
    [InlineData("fr", "1 recommandation\u202F: acceptées 0, notées 0.", "1 recommandation a été acceptée en partie\u202F: acceptée pour une part et notée pour l'autre, elle n'est comptée ni parmi les acceptées ni parmi les notées.", "Acceptée en partie 1")]
    [InlineData("km", "អនុសាសន៍ចំនួន 1៖ បានគាំទ្រ 0 បានកត់សម្គាល់ 0។", "អនុសាសន៍ចំនួន 1 ត្រូវបានគាំទ្រមួយផ្នែក៖ គាំទ្រមួយផ្នែក និងកត់សម្គាល់មួយផ្នែក ដូច្នេះមិនត្រូវបានរាប់ជាបានគាំទ្រ ឬបានកត់សម្គាល់ទេ។", "បានគាំទ្រមួយផ្នែក 1")]
    public void The_State_page_says_its_one_recommendation_was_partly_supported(string language, string figures, string partly, string line)
    {
        var page = Page($"{language}/countries/kh/states/maldives/index.html");

        Assert.Equal(figures + " " + partly, Text(page, "#cycle-2 > p"));
        Assert.EndsWith(" " + partly, Text(page, ".lead"), StringComparison.Ordinal);
        Assert.Contains(line, page.QuerySelectorAll(".state-figures > div").Select(d => d.QuerySelector("dt")!.TextContent + " " + d.QuerySelector("dd")!.TextContent));
    }

    [Fact]
    public void A_State_with_none_partly_supported_shows_no_such_line()
    {
        var page = Page("en/countries/kh/states/france/index.html");

        Assert.Equal("1 recommendation: supported 1, noted 0.", Text(page, "#cycle-2 > p"));
        Assert.Equal(4, page.QuerySelectorAll(".state-figures > div").Length);
        Assert.DoesNotContain("partly", Text(page, ".lead"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "1 recommendation was partly supported")]
    [InlineData("fr", "1 recommandation a été acceptée en partie")]
    [InlineData("km", "អនុសាសន៍ចំនួន 1 ត្រូវបានគាំទ្រមួយផ្នែក")]
    public void The_country_pages_responses_summary_and_official_total_note_set_it_apart(string language, string start)
    {
        var page = Page($"{language}/countries/kh/index.html");

        Assert.Contains(" " + start, Text(page, "#chart-responses .chart-summary"), StringComparison.Ordinal);
        Assert.Contains(" " + start, Text(page, "#cycle-2-note"), StringComparison.Ordinal);
    }
}
