using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages.Briefs;

/// <summary>A brief of 40 recommendations from one State: what two pages hold and what they leave to the State page.</summary>
public sealed class SwedenBriefTests(SiteBuiltOnce<SwedenBriefTests> built) : IClassFixture<SiteBuiltOnce<SwedenBriefTests>>, ISiteSetup
{
    private readonly TestSite _site = built.Site;

    public static TestSite Write()
    {
        var site = new TestSite(withCountry: false);
        SwedenBriefSite.WriteTo(site.Input);
        return site;
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public void The_newest_cycle_is_given_as_far_as_two_pages_go_and_the_earlier_cycles_in_figures(string language)
    {
        var brief = DataSite.Page(_site, $"{language}/countries/kh/states/sweden/brief/index.html");

        Assert.Equal(["cycle-4", "cycle-3", "cycle-2"], brief.QuerySelectorAll(".brief-cycle").Select(c => c.Id));
        var shown = brief.QuerySelectorAll("#cycle-4 .brief-item").Length;
        Assert.InRange(shown, 6, 17);
        Assert.Empty(brief.QuerySelectorAll("#cycle-3 .brief-item, #cycle-2 .brief-item"));
        // The cycles in figures count the coalition's ratings; every cycle left short says where the rest is.
        Assert.NotEmpty(brief.QuerySelector("#cycle-3 .brief-figures")!.TextContent);
        Assert.Equal(3, brief.QuerySelectorAll(".brief-rest a").Length);
        Assert.All(brief.QuerySelectorAll(".brief-rest a"), a => Assert.StartsWith("../index.html#cycle-", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains(Digits(language, shown), brief.QuerySelector(".brief-scope")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_brief_counts_what_it_leaves_out()
    {
        var brief = DataSite.Page(_site, "en/countries/kh/states/sweden/brief/index.html");
        var shown = brief.QuerySelectorAll("#cycle-4 .brief-item").Length;

        Assert.Equal($"To keep to two pages, this brief gives {shown} of its 40 recommendations in full, newest first, and counts the others.",
            brief.QuerySelector(".brief-scope")!.TextContent);
        Assert.StartsWith($"{18 - shown} more recommendations of this cycle", brief.QuerySelector("#cycle-4 .brief-rest")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("10 recommendations: 7 supported and 3 noted. The coalition's ratings: Partially implemented 2, Not implemented 2.",
            brief.QuerySelector("#cycle-3 .brief-figures")!.TextContent);
    }

    private static string Digits(string language, int number) =>
        language == "km" ? UprSite.Core.Text.NativeDigits.Apply("km", $"{number}") : $"{number}";
}
