using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Rendering;

public sealed class SampleDashboardTests
{
    private static readonly BuildResult Sample = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Write: false));

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

        Assert.Equal("Cambodia received 275 recommendations in cycle 4, the most of any cycle; it supported 84.4% of them.",
            page.QuerySelector("#chart-cycles .chart-summary")!.TextContent);
    }
}
