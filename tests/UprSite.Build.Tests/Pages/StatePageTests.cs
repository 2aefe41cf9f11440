using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

public sealed class StatePageTests(DataSiteBuild data) : IClassFixture<DataSiteBuild>
{
    private readonly TestSite _site = data.Site;

    [Fact]
    public void Each_recommending_state_gets_a_page_per_language_under_its_slug()
    {
        foreach (var language in new[] { "en", "km" })
        {
            foreach (var slug in new[] { "france", "japan", "cote-d-ivoire", "united-kingdom" })
            {
                Assert.True(File.Exists(Path.Combine(_site.Output, language, "countries", "kh", "states", slug, "index.html")), $"{language}/{slug}");
            }
        }
    }

    [Fact]
    public void A_state_page_lists_what_it_asked_with_responses_status_and_evidence()
    {
        var page = DataSite.Page(_site, "en/countries/kh/states/japan/index.html");

        Assert.Equal("Japan: recommendations to Cambodia", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("This site holds 2 recommendations that Japan made to Cambodia in cycle 2; Cambodia supported 2 of them (100.0%).",
            page.QuerySelector(".lead")!.TextContent);
        var items = page.QuerySelectorAll("#cycle-2 li.recommendation");
        Assert.Equal(["rec-t-3", "rec-t-6"], items.Select(i => i.Id));
        Assert.Contains("Inspections doubled but fines are rarely collected.", items[0].QuerySelector(".evidence")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Labour ministry report 2023", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Fully implemented", items[1].QuerySelector(".status-badge")!.TextContent);
        Assert.Equal("../../recommendations/index.html?state=japan", page.QuerySelector(".state-links a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_top_states_table_and_the_traffic_light_link_to_state_pages()
    {
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        Assert.Contains(page.QuerySelectorAll("#top-states-by-theme a"), a => a.GetAttribute("href") == "states/france/index.html");
        Assert.Equal("states/france/index.html#rec-t-1", page.QuerySelector("#traffic-light tbody tr a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_lists_the_explorer_and_state_pages_with_their_translations()
    {
        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));

        Assert.Contains("<loc>https://test.example.org/en/countries/kh/recommendations/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://test.example.org/km/countries/kh/states/cote-d-ivoire/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"km\" href=\"https://test.example.org/km/countries/kh/states/japan/\"", sitemap, StringComparison.Ordinal);
    }
}
