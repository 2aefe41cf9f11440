using UprSite.Build.Tests.Support;
using UprSite.Core.Reference;

namespace UprSite.Build.Tests.Pages;

public sealed class ExplorerTests(DataSiteBuild data) : IClassFixture<DataSiteBuild>
{
    // Real UN names: an unknown name costs the build a search for similar names on every row.
    private static readonly string[] States = UnStates.All.Where(s => !s.EnglishName.Contains(',', StringComparison.Ordinal)).Take(60).Select(s => s.EnglishName).ToArray();

    private TestSite Site => data.Site;

    [Fact]
    public void Every_row_is_in_the_plain_table_with_its_cycle_state_response_themes_category_and_status()
    {
        var page = DataSite.Page(Site, "en/countries/kh/recommendations/index.html");

        var rows = page.QuerySelectorAll("#recommendations tbody tr");
        Assert.Equal(6, rows.Length);
        var first = rows[0];
        Assert.Equal("rec-t-1", first.Id);
        Assert.Equal(["Cycle 2", "France", "Supported", "Right to land, Justice", "5 – Specific action", "Not implemented"],
            new[] { 0, 1, 3, 4, 5, 6 }.Select(i => first.Children[i].TextContent.Trim()));
        Assert.Contains("(A/HRC/26/16, 118.1)", first.Children[2].TextContent, StringComparison.Ordinal);
        Assert.Equal("6 recommendations by State", page.GetElementById("explorer-count")!.TextContent);
    }

    [Fact]
    public void The_filter_form_offers_the_values_the_rows_hold_and_is_hidden_until_the_script_runs()
    {
        var page = DataSite.Page(Site, "en/countries/kh/recommendations/index.html");

        var form = page.GetElementById("explorer-filters")!;
        Assert.True(form.HasAttribute("hidden"));
        Assert.NotNull(form.QuerySelector("input[type=search][name=q]"));
        Assert.Equal(["cycle", "theme", "state", "response", "status", "category", "region", "sdg", "session", "sort"],
            form.QuerySelectorAll("select").Select(s => s.GetAttribute("name")));
        Assert.Equal(["", "cote-d-ivoire", "france", "japan", "united-kingdom"],
            form.QuerySelectorAll("select[name=state] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "supported", "noted"], form.QuerySelectorAll("select[name=response] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "fully-implemented", "partially-implemented", "not-implemented", "not-assessed"],
            form.QuerySelectorAll("select[name=status] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Right to land (3)", form.QuerySelectorAll("select[name=theme] option").Single(o => o.GetAttribute("value") == "Right to land").TextContent);
        Assert.Matches(@"^\.\./\.\./\.\./\.\./assets/js/explorer\.[0-9a-f]{10}\.js$", page.QuerySelector("script[src*='assets/js/explorer.']")!.GetAttribute("src"));
    }

    [Fact]
    public void The_explorer_links_each_row_to_its_state_page_and_the_dashboard_links_the_explorer()
    {
        var explorer = DataSite.Page(Site, "en/countries/kh/recommendations/index.html");
        var dashboard = DataSite.Page(Site, "en/countries/kh/index.html");

        Assert.Equal("../states/france/index.html#rec-t-1", explorer.QuerySelector("#rec-t-1 a")!.GetAttribute("href"));
        Assert.Contains(dashboard.QuerySelectorAll(".data-links a"), a => a.GetAttribute("href") == "recommendations/index.html");
        Assert.Equal(["../../../../data/kh/recommendations.csv", "../../../../data/kh/recommendations.json", "../../../../data/kh/statistics.json",
                "../../../../data/kh/matrix-cycle2.docx", "../../../../data/kh/matrix-cycle2.xlsx"],
            explorer.QuerySelectorAll(".data-links a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_country_with_thousands_of_rows_gets_plain_pages_of_a_hundred_and_its_rows_as_compact_data()
    {
        var csv = new System.Text.StringBuilder("id,cycle,recommending_state,response,issues,text\n");
        for (var i = 0; i < 2_500; i++)
        {
            csv.Append($"big-{i},{1 + (i % 4)},{States[i % 60]},{(i % 3 == 0 ? "noted" : "supported")},Labour,Recommendation number {i} written for this test.\n");
        }

        using var big = new TestSite();
        big.Write("countries/kh/recommendations/big.csv", csv.ToString());
        var result = big.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var page = DataSite.Page(big, "en/countries/kh/recommendations/index.html");
        Assert.Equal(100, page.QuerySelectorAll("#recommendations tbody tr").Length);
        Assert.Equal("page-2/index.html", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[rel=prev]"));
        var last = DataSite.Page(big, "en/countries/kh/recommendations/page-25/index.html");
        Assert.Equal("rec-big-2499", last.QuerySelectorAll("#recommendations tbody tr").Last().Id);
        Assert.Equal("../page-24/index.html", last.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("a[rel=next]"));
        Assert.Equal("Page 25 of 25, recommendations 2,401 to 2,500 by State", last.QuerySelector("#explorer-pager .explorer-page")!.TextContent);
        Assert.False(File.Exists(Path.Combine(big.Output, "en/countries/kh/recommendations/page-26/index.html")));
        Assert.NotNull(last.QuerySelector("footer.site-footer"));

        using var index = System.Text.Json.JsonDocument.Parse(big.ReadOutput("data/kh/explorer/index.json"));
        var rows = index.RootElement.GetProperty("r");
        Assert.Equal(2_500, rows.GetArrayLength());
        var filters = index.RootElement.GetProperty("f").EnumerateArray().ToList();
        string Value(int row, string key)
        {
            var filter = filters.FindIndex(f => f.GetProperty("k").GetString() == key);
            return filters[filter].GetProperty("v")[rows[row][filter].GetInt32()].GetString()!;
        }

        Assert.Equal(("1", UnStates.Resolve(States[4]).State!.Slug, "supported"), (Value(1, "cycle"), Value(1, "state"), Value(1, "response")));
        Assert.Equal("noted", Value(2_499, "response"));
        Assert.DoesNotContain('\n', big.ReadOutput("data/kh/explorer/index.json").TrimEnd());
        using var text = System.Text.Json.JsonDocument.Parse(big.ReadOutput("data/kh/explorer/text-3.json"));
        Assert.Equal(500, text.RootElement.GetArrayLength());
        Assert.Equal("big-2499", text.RootElement[499][0].GetString());
        Assert.False(File.Exists(Path.Combine(big.Output, "data/kh/explorer/text-4.json")));
    }
}
