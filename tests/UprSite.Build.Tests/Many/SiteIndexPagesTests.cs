using System.Text;
using UprSite.Build.Tests.Support;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Many;

/// <summary>
/// A site of three countries has a countries index with each country's figures (official where declared, else
/// counted, saying which), an index of recommending States and one page per State across the countries with its CSV;
/// a site of one country has none of them.
/// </summary>
public sealed class SiteIndexPagesTests(SiteBuiltOnce<SiteIndexPagesTests> built) : IClassFixture<SiteBuiltOnce<SiteIndexPagesTests>>, ISiteSetup
{
    private readonly TestSite _site = built.Site;
    private readonly IReadOnlyList<string> _codes = ManyCountrySite.Countries(3).Select(c => c.Alpha2.ToLowerInvariant()).ToList();

    public static TestSite Write() => ManyCountrySite.Write(3);

    [Fact]
    public void The_countries_index_gives_official_totals_where_declared_and_counted_recommendations_by_state_elsewhere()
    {
        var page = DataSite.Page(_site, SiteIndexPaths.Countries("en"));
        var rows = page.QuerySelectorAll("table.data-table tbody tr").ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal("African Group", page.QuerySelector("table.data-table caption")!.TextContent);
        var declared = rows.Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"{_codes[0]}/index.html");
        Assert.Equal(["2 and 3", "205", "Official totals (recommendations); cycle 3 has none and is left out", "79.5%"],
            declared.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());
        var counted = rows.Where(r => r != declared).ToList();
        Assert.All(counted, r => Assert.Equal(["2 and 3", "3", "Counted on this site (recommendations by State)", "66.7%"],
            r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()));
        var csv = _site.ReadOutput(SiteIndexPaths.CountriesCsv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, csv.Length);
        Assert.Contains(csv, l => l.StartsWith($"{_codes[0]},", StringComparison.Ordinal) && l.Contains(",official-some-cycles,205,163,", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_of_a_recommending_state_lists_each_country_and_cycle_with_responses_and_links_its_country_pages()
    {
        var page = DataSite.Page(_site, SiteIndexPaths.State("en", "france"));
        var table = page.QuerySelectorAll("table.data-table tbody tr").ToList();

        Assert.Equal(3, table.Count);
        Assert.All(table, r => Assert.Equal(["2", "1", "1", "0", "0", "50.0%"], r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()));
        var byName = ManyCountrySite.Countries(3).OrderBy(c => c.EnglishName, StringComparer.Ordinal).Select(c => c.Alpha2.ToLowerInvariant());
        Assert.Equal(byName.Select(c => $"../../countries/{c}/states/france/index.html#cycle-2"),
            table.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        Assert.Contains("This site holds 6 recommendations by State that France made to 3 States under Review in cycle 2; supported: 3 of 6 (50.0%).",
            page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll(".state-country h3 + p").Length);
        Assert.All(page.QuerySelectorAll(".state-country h3 + p"), p => Assert.StartsWith("2 recommendations: 1 supported", p.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("{", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll(".state-country li.recommendation").Length);
        Assert.Equal(3, page.QuerySelectorAll(".state-country .response-noted").Length);
        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(_site.Output, SiteIndexPaths.StateCsv("france"))));
        Assert.Equal(7, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains($"France,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_of_recommending_states_counts_what_each_made_in_every_language()
    {
        foreach (var language in new[] { "en", "km" })
        {
            var page = DataSite.Page(_site, SiteIndexPaths.States(language));
            var rows = page.QuerySelectorAll("table.data-table tbody tr").ToList();
            Assert.Equal(2, rows.Count);
            Assert.Equal(2, page.QuerySelectorAll("table.data-table").Length);
        }

        var en = DataSite.Page(_site, SiteIndexPaths.States("en"));
        var france = en.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "France");
        Assert.Equal(["3", "6", "3", "50.0%"], france.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());
    }

    [Fact]
    public void A_site_of_one_country_has_no_countries_index_no_pages_of_recommending_states_and_no_comparisons()
    {
        using var one = new TestSite();
        one.Write("countries/kh/recommendations/rows.csv", UprSite.TestSupport.DataSiteFiles.RowsCsv);
        Assert.True(one.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(one.Output, SiteIndexPaths.Countries("en"))));
        Assert.False(Directory.Exists(Path.Combine(one.Output, "en", "states")));
        Assert.False(Directory.Exists(Path.Combine(one.Output, "data", "states")));
        Assert.False(Directory.Exists(Path.Combine(one.Output, "en", "compare")));
        Assert.False(Directory.Exists(Path.Combine(one.Output, "data", "compare")));
        Assert.DoesNotContain("compare/", string.Join(' ', DataSite.Page(one, "en/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href"))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_by_cycle_shows_official_totals_where_declared_and_counted_rows_elsewhere_and_says_which()
    {
        var page = DataSite.Page(_site, UprSite.Core.Urls.ComparisonPaths.View("en", "cycles"));
        var rows = page.QuerySelectorAll("#cycles-by-country tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList()).ToList();

        Assert.Equal(6, rows.Count);
        Assert.Single(rows, r => r[0] == "Cycle 2" && r[1] == "205" && r[2] == "163" && r[^1] == "Official totals (recommendations)");
        Assert.Equal(2, rows.Count(r => r[0] == "Cycle 2" && r[1] == "2" && r[2] == "1" && r[^1] == "Counted on this site (recommendations by State)"));
        Assert.Equal(3, rows.Count(r => r[0] == "Cycle 3" && r[1] == "1" && r[^1] == "Counted on this site (recommendations by State)"));
        var all = page.QuerySelectorAll("#cycles-all tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).First()).ToList();
        Assert.Equal(["6", "3"], all);
    }
}
