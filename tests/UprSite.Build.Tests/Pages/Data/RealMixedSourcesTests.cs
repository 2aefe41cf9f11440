using System.Globalization;
using System.Text.Json;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// A site built from the real files a coalition holds for Cambodia: UPR Info's export of sessions 6–9 and DIHR's
/// exports of cycles 1 and 2 (DIHR's cycle 1 repeats UPR Info's), read from ../shared/data. Every figure is checked
/// against the counts ../shared/data/README.md gives: cycle 1 is UPR Info's 138 rows by State, whose paragraphs are
/// not known; cycle 2 is DIHR's 205 = 163 + 42; 80 recommending States once the spellings of both sources agree.
/// </summary>
public sealed class RealMixedSourcesTests(RealMixedSourcesSite built) : IClassFixture<RealMixedSourcesSite>
{
    private readonly TestSite _site = built.Site;

    [Fact]
    public void The_cycle_table_sets_recommendations_by_State_beside_paragraphs_and_says_they_are_not_known()
    {
        var page = DataSite.Page(_site, "en/countries/kh/index.html");
        var rows = page.QuerySelectorAll("#chart-cycles tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();

        Assert.Equal(["Cycle 1", "138", "138", "0"], rows[0].Take(4));
        Assert.Equal(["138", "not known"], rows[0].TakeLast(2));
        Assert.Equal(["Cycle 2", "205", "163", "42"], rows[1].Take(4));
        Assert.Equal(["205", "not known"], rows[1].TakeLast(2));
        Assert.Equal("This site holds 205 recommendations by State to Cambodia in cycle 2; the official totals (205 recommendations) count each recommendation once, however many States made it. "
            + "It also holds 138 recommendations by State in cycle 1, for which no official total is given.", page.QuerySelector(".holding")!.TextContent);
        var lines = page.QuerySelectorAll(".paragraph-counts li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("Cycle 1: 138 recommendations by State; the number of recommendations as the Working Group report numbers them is not known", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Cycle 2: 205 recommendations by State;", lines[1], StringComparison.Ordinal);
        Assert.Equal(lines, DataSite.Page(_site, "en/countries/kh/recommendations/index.html").QuerySelectorAll(".paragraph-counts li").Select(li => li.TextContent));
        Assert.Equal(lines, DataSite.Page(_site, "en/countries/kh/states/france/index.html").QuerySelectorAll(".paragraph-counts li").Select(li => li.TextContent));

        var csv = File.ReadAllLines(Path.Combine(_site.Output, "data", "kh", "charts", "chart-cycles.csv"));
        Assert.EndsWith(",held_by_state,held_recommendations", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",138,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",205,", csv[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Statistics_json_gives_no_paragraph_count_where_the_rows_lack_paragraph_numbers()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "data", "kh", "statistics.json")));
        var cycles = json.RootElement.GetProperty("cycles").EnumerateArray().Select(c => c.GetProperty("rows")).ToList();

        Assert.Equal((138, 138, 0), (cycles[0].GetProperty("recommendations_by_state").GetInt32(), cycles[0].GetProperty("supported").GetInt32(), cycles[0].GetProperty("noted").GetInt32()));
        Assert.Equal(JsonValueKind.Null, cycles[0].GetProperty("recommendations").ValueKind);
        Assert.False(cycles[0].GetProperty("paragraphs_known").GetBoolean());
        Assert.Equal((205, 163, 42), (cycles[1].GetProperty("recommendations_by_state").GetInt32(), cycles[1].GetProperty("supported").GetInt32(), cycles[1].GetProperty("noted").GetInt32()));
        Assert.Equal(JsonValueKind.Null, cycles[1].GetProperty("recommendations").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("voluntary_pledges").GetInt32());
    }

    [Fact]
    public void Themes_count_over_the_138_rows_of_UPR_Info_that_carry_one_and_no_trend_is_stated_over_DIHRs_cycle()
    {
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        Assert.Contains("of the 138 recommendations by State this site holds that carry a theme (", page.QuerySelector("#chart-themes .chart-summary")!.TextContent, StringComparison.Ordinal);
        var note = page.QuerySelector("#chart-themes .chart-note")!.TextContent;
        Assert.Contains("Counted from 138 of the 343 recommendations by State this site holds, those that carry a theme", note, StringComparison.Ordinal);
        Assert.Contains("The 205 recommendations by State of cycle 2 carry no theme", note, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#chart-theme-trends"));
    }

    [Fact]
    public void Regional_groups_come_from_the_UN_list_for_all_343_rows_and_agree_with_UPR_Infos_own_coding()
    {
        var page = DataSite.Page(_site, "en/countries/kh/index.html");
        var groups = page.QuerySelectorAll("#chart-regions tbody tr")
            .ToDictionary(r => r.Children[0].TextContent, r => int.Parse(r.Children[1].TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));

        Assert.Equal(343, groups.Values.Sum());
        Assert.Equal(5, groups.Count);
        Assert.Contains("of the 343 recommendations by State made by States of a regional group", page.QuerySelector("#chart-regions .chart-summary")!.TextContent, StringComparison.Ordinal);
        // DIHR's rows name groups of persons one a line within their cell: read the CSV as CSV, not line by line.
        var csv = Import.Tables.CsvTableReader.Read(_site.ReadOutput("data/kh/recommendations.csv"), out _, out _)!.Rows;
        var header = csv[0].Cells.ToArray();
        var (cycle, group) = (Array.IndexOf(header, "cycle"), Array.IndexOf(header, "regional_group"));
        var firstCycle = csv.Skip(1).Select(r => r.Cells.ToArray()).Where(f => f[cycle] == "1").ToList();
        Assert.Equal(138, firstCycle.Count);
        Assert.Equal(65, firstCycle.Count(f => f[group] == "WEOG"));
    }

    [Fact]
    public void Both_sources_make_80_recommending_States_each_with_one_page()
    {
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        Assert.EndsWith("80 States made recommendations in all.", page.QuerySelector("#chart-states .chart-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(80, Directory.GetDirectories(Path.Combine(_site.Output, "en", "countries", "kh", "states")).Length);
        Assert.Equal("343 recommendations by State", DataSite.Page(_site, "en/countries/kh/recommendations/index.html").QuerySelector("#explorer-count")!.TextContent);
    }
}
