using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Pages;

[Collection(SampleCollection.Name)]
public sealed class SampleDashboardTests(SampleSite sample)
{
    private BuildResult Sample => sample.Result;

    [Theory]
    [InlineData("en")]
    [InlineData("km")]
    [InlineData("fr")]
    public void Cambodias_page_shows_91_205_198_275_received_from_the_declared_totals(string language)
    {
        var page = DataSite.Page(Sample, $"{language}/countries/kh/index.html");

        // The sample writes Khmer with Khmer digits (site.yml: digits: native).
        var digits = (string text) => language == "km" ? UprSite.Core.Text.NativeDigits.Apply("km", text) : text;
        var received = page.QuerySelectorAll("#chart-cycles tbody tr").Select(r => r.Children[1].TextContent).ToList();
        Assert.Equal(new[] { "91", "205", "198", "275" }.Select(digits), received);
        Assert.Equal(new[] { "91", "163", "173", "232" }.Select(digits), page.QuerySelectorAll("#chart-cycles tbody tr").Select(r => r.Children[2].TextContent));
    }

    [Fact]
    public void The_sample_builds_and_its_links_and_anchors_check()
    {
        Assert.DoesNotContain(Sample.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(Sample.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink.Id || d.Code == DiagnosticCodes.BrokenAnchor.Id);
        Assert.DoesNotContain(Sample.Diagnostics, d => d.Code == DiagnosticCodes.MissingString.Id);
        Assert.True(Sample.Output!.Files.ContainsKey("en/countries/kh/recommendations/index.html"));
        Assert.Contains(Sample.Output.Files.Keys, k => k.StartsWith("km/countries/kh/states/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_english_summary_names_the_fourth_cycle_and_its_supported_share()
    {
        var page = DataSite.Page(Sample, "en/countries/kh/index.html");

        Assert.Equal("Cambodia received 275 recommendations in cycle 4 (official total), the most of any cycle; it supported 84.4% of them.",
            page.QuerySelector("#chart-cycles .chart-summary")!.TextContent);
    }

    [Fact]
    public void The_khmer_explorer_tells_its_script_to_count_in_khmer_digits()
    {
        var km = DataSite.Page(Sample, "km/countries/kh/recommendations/index.html");
        var en = DataSite.Page(Sample, "en/countries/kh/recommendations/index.html");

        Assert.Equal("០១២៣៤៥៦៧៨៩", km.GetElementById("explorer-filters")!.GetAttribute("data-digits"));
        Assert.Equal("0123456789", en.GetElementById("explorer-filters")!.GetAttribute("data-digits"));
    }

    [Fact]
    public void The_themes_across_cycles_chart_splits_each_theme_by_the_cycles_of_the_rows()
    {
        var page = DataSite.Page(Sample, "en/countries/kh/index.html");
        var chart = page.GetElementById("chart-theme-trends")!;

        Assert.Equal(["Theme (UPR issue)", "Cycle 1", "Cycle 2"], chart.QuerySelectorAll("thead th").Select(h => h.TextContent));
        var counts = Sample.Site!.Countries[0].Recommendations
            .Where(r => r.Issues.Contains(chart.QuerySelector("tbody th")!.TextContent))
            .GroupBy(r => r.Cycle).OrderBy(g => g.Key).Select(g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(counts, chart.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Matches("^.+ rose the most among the recommendations this site holds: \\d+ in cycle 1, \\d+ in cycle 2\\.$", chart.QuerySelector(".chart-summary")!.TextContent);
    }
}
