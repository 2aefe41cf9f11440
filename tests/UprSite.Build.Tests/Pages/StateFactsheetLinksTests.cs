using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

/// <summary>
/// A State page links the coalition's factsheets on the themes of that State's recommendations: in the data site France
/// raised the right to land twice and justice once, Japan labour once and justice once, the United Kingdom elections.
/// </summary>
public sealed class StateFactsheetLinksTests : IDisposable
{
    private const string Body = "Context.\n\n## Questions\n\n1. A?\n2. B?\n3. C?\n4. D?\n\n## Recommendations\n\n1. Adopt a law by 2027.\n";

    private readonly TestSite _site = DataSite.Create()
        .Write("countries/kh/factsheets/land.en.md", "---\ntitle: Land\nissues: [Right to land]\n---\n" + Body)
        .Write("countries/kh/factsheets/land.km.md", "---\ntitle: ដីធ្លី\nissues: [Right to land]\n---\n" + Body)
        .Write("countries/kh/factsheets/courts.en.md", "---\ntitle: Courts\nissues: [Justice]\n---\n" + Body);

    public StateFactsheetLinksTests() => Assert.True(_site.Build().Succeeded);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_state_page_links_the_factsheets_on_its_themes_the_one_sharing_most_recommendations_first()
    {
        var links = DataSite.Page(_site, "en/countries/kh/states/france/index.html").QuerySelectorAll(".state-factsheets a");

        Assert.Equal(["Land", "Courts"], links.Select(a => a.TextContent));
        Assert.Equal(["../../factsheets/land/index.html", "../../factsheets/courts/index.html"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void In_another_language_a_translated_title_is_used_and_an_untranslated_one_is_marked_with_its_language()
    {
        var links = DataSite.Page(_site, "km/countries/kh/states/france/index.html").QuerySelectorAll(".state-factsheets a");

        Assert.Equal(["ដីធ្លី", "Courts"], links.Select(a => a.TextContent));
        Assert.Equal([null, "en"], links.Select(a => a.GetAttribute("lang")));
    }

    [Fact]
    public void A_state_whose_themes_no_factsheet_covers_gets_no_factsheet_section()
    {
        Assert.Empty(DataSite.Page(_site, "en/countries/kh/states/united-kingdom/index.html").QuerySelectorAll(".state-factsheets"));
        Assert.Equal(["Courts"], DataSite.Page(_site, "en/countries/kh/states/japan/index.html").QuerySelectorAll(".state-factsheets a").Select(a => a.TextContent));
    }
}
