using System.Text.RegularExpressions;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.I18n;

/// <summary>A right-to-left language: dir on the page, document symbols kept left to right, CSS that mirrors.</summary>
public sealed class RightToLeftTests(SiteBuiltOnce<RightToLeftTests> built) : IClassFixture<SiteBuiltOnce<RightToLeftTests>>, ISiteSetup
{
    private readonly TestSite _site = built.Site;

    public static TestSite Write() => ArabicFixture.Create();

    [Fact]
    public void Arabic_pages_are_right_to_left_and_English_pages_left_to_right()
    {
        var arabic = Html.Page(_site, "ar/countries/kh/factsheets/labour/index.html").DocumentElement;
        var english = Html.Page(_site, "en/countries/kh/factsheets/labour/index.html").DocumentElement;

        Assert.Equal(("ar", "rtl"), (arabic.GetAttribute("lang"), arabic.GetAttribute("dir")));
        Assert.Equal(("en", "ltr"), (english.GetAttribute("lang"), english.GetAttribute("dir")));
    }

    [Fact]
    public void Document_symbols_in_Arabic_text_are_isolated_left_to_right()
    {
        var body = Html.Page(_site, "ar/countries/kh/factsheets/labour/index.html").QuerySelector(".factsheet-context")!;

        var symbols = body.QuerySelectorAll("bdi[dir=ltr]").Select(b => b.TextContent).ToList();
        Assert.Equal(["A/HRC/26/16", "CCPR/C/KHM/CO/3"], symbols);
    }

    [Fact]
    public void The_report_symbol_on_the_Arabic_country_page_is_left_to_right()
    {
        var page = Html.Page(_site, "ar/countries/kh/index.html");

        Assert.Contains(page.QuerySelectorAll("[dir=ltr]"), e => e.TextContent == "A/HRC/26/16");
        Assert.Equal("٢٠٥", page.QuerySelector("#cycle-2 td.num")!.TextContent);
    }

    [Fact]
    public void English_text_keeps_its_symbols_as_written()
    {
        var body = Html.Page(_site, "en/countries/kh/factsheets/labour/index.html").QuerySelector(".factsheet-context")!;

        Assert.Empty(body.QuerySelectorAll("bdi"));
        Assert.Contains("A/HRC/26/16", body.TextContent);
    }

    [Fact]
    public void The_theme_css_uses_logical_properties_only()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", "site.css"));
        var physical = new Regex(@"(?<![\w-])(margin|padding|border)-(left|right)\b|(?<![\w-])(left|right)\s*:|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)");

        var found = physical.Matches(css).Select(m => m.Value).ToList();
        Assert.True(found.Count == 0, "physical (left/right) CSS does not mirror in right-to-left pages: " + string.Join(", ", found));
    }

}
