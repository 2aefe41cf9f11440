using UprSite.Build.Compute;
using UprSite.Build.Tests.Reference;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Content;

/// <summary>
/// Sites built from the sample's country.yml and real exports copied into recommendations/ at test time: State names
/// resolve to one State each, the same recommendation from two sources is counted once.
/// </summary>
public sealed class CanonicalStatesSiteTests
{
    private static TestSite CambodiaWith(params (string Source, string Name)[] files)
    {
        var site = new TestSite();
        site.CopyInto(Path.Combine(RepoPaths.Input, "countries", "kh", "country.yml"), "countries/kh/country.yml");
        foreach (var (source, name) in files)
        {
            site.CopyInto(source, $"countries/kh/recommendations/{name}");
        }

        return site;
    }

    private static string[] StatePages(TestSite site) =>
        Directory.GetDirectories(Path.Combine(site.Output, "en", "countries", "kh", "states")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Cambodia_cycle_1_from_UPR_Info_and_DIHR_is_counted_once()
    {
        // By hand (scripted over both files): each of DIHR's 137 rows has a UPR Info row with the same State and
        // the same text once spaces, case and punctuation are set aside, 2 of them only once the State's spelling is
        // resolved ("Bosnia & Herzegovina", "Republic of Congo"); 138 + 137 - 137 = 138.
        using var site = CambodiaWith((RealExports.UprInfo6To9, "6-9.csv"), (RealExports.DihrCycle1, "upr1.xlsx"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var merged = Assert.Single(result.Diagnostics, d => d.Code == "UPR0535");
        Assert.StartsWith("137 recommendations of this file (138 in all) are also in", merged.Message, StringComparison.Ordinal);
        Assert.Contains("upr1.xlsx", merged.Message, StringComparison.Ordinal);
        Assert.EndsWith("6-9.csv", merged.File, StringComparison.Ordinal);
        var country = Assert.Single(result.Site!.Countries);
        Assert.Equal(138, country.Recommendations.Count(r => r.Cycle == 1));
        Assert.Equal(47, StatePages(site).Length);
    }

    [Fact]
    public void Cambodia_UPR_Info_cycle_1_and_DIHR_cycle_2_give_80_States_each_with_one_page()
    {
        // The two files spell the recommending States 84 ways; 80 States once resolved (counted by hand).
        using var site = CambodiaWith((RealExports.UprInfo6To9, "6-9.csv"), (RealExports.DihrCycle2, "upr2.xlsx"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var pages = StatePages(site);
        Assert.Equal(80, pages.Length);
        foreach (var slug in new[] { "czechia", "united-kingdom", "united-states", "venezuela" })
        {
            Assert.Single(pages, p => p == slug);
        }

        foreach (var slug in new[] { "czech-republic", "united-kingdom-of-great-britain-and-northern-ireland", "united-states-of-america", "venezuela-bolivarian-republic-of" })
        {
            Assert.DoesNotContain(slug, pages);
        }

        var csv = site.ReadOutput("data/kh/recommendations.csv");
        Assert.DoesNotContain(",czech-republic,", csv, StringComparison.Ordinal);
        Assert.Contains(",czechia,", csv, StringComparison.Ordinal);
        var data = new CountryData(Assert.Single(result.Site!.Countries));
        Assert.Equal(80, data.Statistics.RecommendingStates.Count);
        var cycleTwo = Assert.Single(data.Statistics.RowCycles, c => c.Cycle == 2);
        // DIHR numbers 205 rows of A/HRC/26/16 with 203 distinct paragraph numbers (it gives 118.9 to both Czechia,
        // "… violence against demonstrators …", and Brazil, "Ratify the UNESCO Convention …", and has no 118.109) and
        // leaves one (Croatia) unnumbered: 118.9 is a numbering slip, two recommendations (UPR0572), so the rows hold
        // the declared 205, though the paragraphs of cycle 2 are not all known.
        Assert.Equal(205, cycleTwo.Recommendations);
        Assert.False(cycleTwo.ParagraphsKnown);
        Assert.Equal(205, cycleTwo.RecommendationsByState);
        Assert.Contains(result.Diagnostics, d => d.Code == "UPR0572" && d.Message.StartsWith("paragraph 118.9 ", StringComparison.Ordinal));
        // The rows by State are compared with the declared totals, as the page compares them: neither reports a difference.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "UPR0509" && d.Message.StartsWith("cycle 2:", StringComparison.Ordinal));
        Assert.False(Assert.Single(data.Statistics.Cycles, c => c.Cycle == 2).Disagrees);
    }

    [Fact]
    public void Co_sponsors_split_spellings_fold_and_a_source_that_is_no_state_gets_no_page()
    {
        using var site = CambodiaWith();
        site.Write("countries/kh/recommendations/rows.csv", """
            cycle,recommending_state,response,text
            1,Chile Estonia Slovenia Tunisia Uruguay,supported,First words written for this test.
            1,Côte d’Ivoire,supported,Second words written for this test.
            1,Cote d'Ivoire,noted,Third words written for this test.
            1,Iran,supported,Fourth words written for this test.
            1,&#40;Unknown&#41;,supported,Fifth words written for this test.
            1,Atlantis,supported,Sixth words written for this test.
            1,"(Czech Republic) (Norway)",supported,Seventh words written for this test.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var country = Assert.Single(result.Site!.Countries);
        Assert.Equal(12, country.Recommendations.Count);
        var coSponsored = country.Recommendations.Where(r => r.Source.Row == 2).ToList();
        Assert.Equal(5, coSponsored.Count);
        Assert.Single(coSponsored.Select(r => r.Key).Distinct());
        var cycleOne = Assert.Single(new CountryData(country).Statistics.RowCycles);
        Assert.Equal(7, cycleOne.Recommendations);
        Assert.Equal(12, cycleOne.RecommendationsByState);
        Assert.Equal(6, cycleOne.RecommendationsSupported);
        Assert.Equal(
            ["atlantis", "chile", "cote-d-ivoire", "czechia", "estonia", "iran", "norway", "slovenia", "tunisia", "uruguay"],
            StatePages(site));
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == "UPR0534");
        Assert.Equal((6, 2), (unknown.Line, unknown.Column));
        Assert.Contains("'&#40;Unknown&#41;' is not a State", unknown.Message, StringComparison.Ordinal);
        var atlantis = Assert.Single(result.Diagnostics, d => d.Code == "UPR0533");
        Assert.Equal(7, atlantis.Line);
        Assert.Contains("'Atlantis'", atlantis.Message, StringComparison.Ordinal);
        var explorer = DataSite.Page(site, "en/countries/kh/recommendations/index.html");
        Assert.Equal(12, explorer.QuerySelectorAll("#recommendations tbody tr").Length);
        var unknownRow = Assert.Single(explorer.QuerySelectorAll("#recommendations tbody tr"), r => r.Children[1].TextContent == "source not recorded");
        Assert.Null(unknownRow.Children[1].QuerySelector("a"));
        Assert.Contains("Czechia", DataSite.Page(site, "en/countries/kh/states/czechia/index.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ឆែក", DataSite.Page(site, "km/countries/kh/states/czechia/index.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
