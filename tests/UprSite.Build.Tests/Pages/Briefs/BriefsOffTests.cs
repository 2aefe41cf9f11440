using UprSite.Build.Pages;
using UprSite.Build.Tests.Support;
using UprSite.TestSupport;

namespace UprSite.Build.Tests.Pages.Briefs;

/// <summary>`print: {briefs: false}` in site.yml leaves the embassy briefs out: no print view, no link (and so no PDF).</summary>
public sealed class BriefsOffTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_briefs_setting_decides_whether_state_pages_get_briefs(bool briefs)
    {
        using var site = DataSite.Create().Write("site.yml", DataSiteFiles.SiteYml + $"\nprint: {{briefs: {(briefs ? "true" : "false")}}}\n");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var briefPages = result.Output!.Files.Keys.Where(p => p.Contains("/brief/", StringComparison.Ordinal)).ToList();
        var link = DataSite.Page(result, "en/countries/kh/states/france/index.html").QuerySelector(".state-brief a");
        if (briefs)
        {
            Assert.Contains("en/countries/kh/states/france/brief/index.html", briefPages);
            Assert.NotNull(link);
        }
        else
        {
            Assert.Empty(briefPages);
            Assert.Null(link);
            Assert.Null(DataSite.Page(result, "km/countries/kh/states/japan/index.html").QuerySelector(".state-brief"));
        }
    }
}
