using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

/// <summary>The dashboard over UPR Info's real export of sessions 6–9 (Cambodia's first review: 138 rows, 91 declared).</summary>
public sealed class RealExportDashboardTests(SiteBuiltOnce<RealExportDashboardTests> built) : IClassFixture<SiteBuiltOnce<RealExportDashboardTests>>, ISiteSetup
{
    private const string CycleOneCountry = """
        names: {en: Cambodia, km: កម្ពុជា}
        aliases: [Cambodia]
        reviews:
          - cycle: 1
            session: 6
            date: 2009-12-01
            documents: {report: A/HRC/13/4}
            declared: {received: 91, supported: 91, noted: 0, source: "A/HRC/13/4"}
        """;

    private readonly TestSite _site = built.Site;

    public static TestSite Write()
    {
        var site = new TestSite().Write("countries/kh/country.yml", CycleOneCountry);
        var target = Path.Combine(site.Input, "countries", "kh", "recommendations", "6-9.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(RealExports.UprInfo6To9, target);
        return site;
    }

    [Fact]
    public void The_page_shows_the_declared_91_with_its_source_and_a_note_on_the_138_rows()
    {
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        Assert.Equal(["Cycle 1", "91", "91", "0", "100.0%", "A/HRC/13/4", "138", "not known"],
            page.QuerySelector("#chart-cycles tbody tr")!.Children.Select(c => c.TextContent));
        var note = page.GetElementById("cycle-1-note")!.TextContent;
        Assert.Contains("The official total is 91 recommendations (91 supported), from A/HRC/13/4.", note, StringComparison.Ordinal);
        Assert.Contains("This site holds 138 recommendations by State for this cycle (138 supported);", note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_row_charts_reproduce_the_known_counts_of_the_export()
    {
        var page = DataSite.Page(_site, "en/countries/kh/index.html");

        Assert.Equal(["2", "24", "8", "66", "38"], page.QuerySelectorAll("#chart-categories tbody tr").Select(r => r.Children[1].TextContent));
        Assert.EndsWith("47 States made recommendations in all.", page.QuerySelector("#chart-states .chart-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(47, Directory.GetDirectories(Path.Combine(_site.Output, "en", "countries", "kh", "states")).Length);
        Assert.Equal(100, DataSite.Page(_site, "en/countries/kh/recommendations/index.html").QuerySelectorAll("#recommendations tbody tr").Length);
        Assert.Equal(38, DataSite.Page(_site, "en/countries/kh/recommendations/page-2/index.html").QuerySelectorAll("#recommendations tbody tr").Length);
    }
}
