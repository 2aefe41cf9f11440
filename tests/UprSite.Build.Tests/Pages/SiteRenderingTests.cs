using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

public sealed class SiteRenderingTests
{
    [Fact]
    public void Every_page_declares_its_language_and_direction()
    {
        using var site = SampleContent.BilingualSite();
        var result = site.Build(write: false);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var (path, _) in result.Output!.HtmlPages)
        {
            var html = Dom.Page(result, path).DocumentElement;
            var expected = path.StartsWith("km/", StringComparison.Ordinal) ? "km" : "en";
            Assert.Equal(expected, html.GetAttribute("lang"));
            Assert.Equal("ltr", html.GetAttribute("dir"));
        }
    }

    [Fact]
    public void Translations_link_to_each_other_through_the_switcher_and_hreflang()
    {
        using var site = SampleContent.BilingualSite();
        var result = site.Build(write: false);

        var english = Dom.Page(result, "en/countries/kh/factsheets/land/index.html");
        var toKhmer = english.QuerySelector(".language-switcher a[hreflang=km]")!;
        Assert.Equal("../../../../../km/countries/kh/factsheets/land/index.html", toKhmer.GetAttribute("href"));
        Assert.Equal("ខ្មែរ", toKhmer.TextContent);
        Assert.Equal("https://test.example.org/km/countries/kh/factsheets/land/",
            english.QuerySelector("link[rel=alternate][hreflang=km]")!.GetAttribute("href"));

        var khmer = Dom.Page(result, "km/countries/kh/factsheets/land/index.html");
        Assert.Equal("សិទ្ធិដីធ្លី", khmer.QuerySelector("h1")!.TextContent);
        Assert.NotNull(khmer.QuerySelector(".language-switcher a[hreflang=en]"));
    }

    [Fact]
    public void A_page_in_one_language_switches_to_its_fallback_page_in_the_other()
    {
        using var site = SampleContent.BilingualSite();
        var page = Dom.Page(site.Build(write: false), "en/pages/about/index.html");
        Assert.Equal("../../../km/pages/about/index.html", page.QuerySelector(".language-switcher a[hreflang=km]")!.GetAttribute("href"));
        Assert.Equal("About us · Test Coalition", page.Title);
    }

    [Fact]
    public void The_country_table_shows_declared_totals_and_the_supported_share()
    {
        using var site = SampleContent.BilingualSite();
        var page = Dom.Page(site.Build(write: false), "en/countries/kh/index.html");
        var row = page.QuerySelector("table.reviews tr#cycle-2")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["28 January 2014", "18", "205", "163", "42", "79.5%"], cells);
        Assert.Contains("Italy, Morocco, Philippines", page.QuerySelector(".review-sources")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_have_landmarks_a_skip_link_and_one_h1()
    {
        using var site = SampleContent.BilingualSite();
        var result = site.Build(write: false);
        foreach (var (path, _) in result.Output!.HtmlPages)
        {
            var page = Dom.Page(result, path);
            // Under <base> (the 404 pages) a bare #main would lead to the base folder: the link names the page itself.
            Assert.Equal(page.QuerySelector("base") is null ? "#main" : path.Split('/')[^1] + "#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.NotNull(page.QuerySelector("header"));
            Assert.NotNull(page.QuerySelector("footer"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotNull(page.QuerySelector("meta[name=viewport]"));
        }
    }

    [Fact]
    public void Values_from_the_input_are_escaped()
    {
        using var site = new TestSite().Write("countries/kh/factsheets/x.en.md", SampleContent.Factsheet("\"<script>alert(1)</script>\""));
        var result = site.Build(write: false);
        var html = System.Text.Encoding.UTF8.GetString(result.Output!.Files["en/countries/kh/factsheets/x/index.html"].Content);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_layouts_override_the_theme()
    {
        using var site = SampleContent.BilingualSite().Write("layouts/page.html", "<h1 class=\"custom\">{{ content_page.title }}</h1>");
        var page = Dom.Page(site.Build(write: false), "en/pages/about/index.html");
        Assert.Equal("About us", page.QuerySelector("h1.custom")!.TextContent);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        using var site = SampleContent.BilingualSite();
        var first = site.Build(write: false).Output!.Files;
        var second = site.Build(write: false).Output!.Files;
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value.Content, second[f.Key].Content));
    }

    [Fact]
    public void The_sitemap_lists_translations_as_alternates()
    {
        using var site = SampleContent.BilingualSite();
        var xml = System.Text.Encoding.UTF8.GetString(site.Build(write: false).Output!.Files["sitemap.xml"].Content);
        Assert.Contains("<loc>https://test.example.org/km/countries/kh/factsheets/land/</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\" href=\"https://test.example.org/en/countries/kh/factsheets/land/\"", xml, StringComparison.Ordinal);
    }
}
