using UprSite.Build.Markdown;
using UprSite.Build.Output;

namespace UprSite.Build.Tests.Content;

public sealed class MarkdownRendererTests
{
    private static string Html(string markdown, string page, string? shownOn = null, bool rtl = false)
    {
        var renderer = new MarkdownRenderer();
        return renderer.Html(renderer.Parse(markdown), new MarkdownPlacement(page, shownOn ?? page, rtl));
    }

    [Fact]
    public void Site_rooted_links_become_relative_and_keep_their_source_position()
    {
        const string text = "Intro\n\nSee [the land sheet](/en/countries/kh/factsheets/land/#questions).\n";
        Assert.Contains("href=\"../../countries/kh/factsheets/land/index.html#questions\"", Html(text, "en/pages/about/index.html"), StringComparison.Ordinal);
        var link = Assert.Single(MarkdownRenderer.Links(new MarkdownRenderer().Parse(text), 6));
        Assert.Equal("/en/countries/kh/factsheets/land/#questions", link.Url);
        Assert.Equal(8, link.Line);
        Assert.Equal(5, link.Column);
    }

    [Fact]
    public void External_links_are_left_alone()
    {
        const string text = "[UN](https://www.ohchr.org/) [mail](mailto:a@example.org)";
        Assert.Empty(MarkdownRenderer.Links(new MarkdownRenderer().Parse(text), 1));
        var html = Html(text, "en/index.html", "km/pages/x/index.html");
        Assert.Contains("href=\"https://www.ohchr.org/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:a@example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_heading_ids_are_kept()
    {
        Assert.Contains("id=\"questions\"", Html("## សំណួរ {#questions}\n", "km/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_fallback_page_links_and_images_reach_the_same_files_and_nothing_else_changes()
    {
        const string text = "[land](../../countries/kh/) ![a map of land](map.png \"The map\") [top](#top) [q](x/?a=1#b)\n";
        var html = Html(text, "en/pages/about/index.html", "km/pages/about/index.html");
        Assert.Contains("href=\"../../../en/countries/kh/index.html\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"../../../en/pages/about/map.png\" alt=\"a map of land\" title=\"The map\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#top\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../en/pages/about/x/index.html?a=1#b\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_and_images_to_assets_name_their_hashed_files_from_the_page_they_are_shown_on()
    {
        var map = "a map"u8.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(map))[..10];
        var renderer = new MarkdownRenderer(AssetPlan.Of([("assets/img/map.png", map)]));
        var document = renderer.Parse("![map](/assets/img/map.png) [again](../../../assets/img/map.png?v=2#top) ![none](/assets/img/none.png)\n");

        var own = renderer.Html(document, new MarkdownPlacement("en/pages/about/index.html", "en/pages/about/index.html", RightToLeft: false));
        var fallback = renderer.Html(document, new MarkdownPlacement("en/pages/about/index.html", "km/countries/kh/index.html", RightToLeft: false));

        Assert.Contains($"src=\"../../../assets/img/map.{hash}.png\"", own, StringComparison.Ordinal);
        Assert.Contains($"href=\"../../../assets/img/map.{hash}.png?v=2#top\"", own, StringComparison.Ordinal);
        Assert.Contains("src=\"../../../assets/img/none.png\"", own, StringComparison.Ordinal);
        Assert.Contains($"src=\"../../../assets/img/map.{hash}.png\"", fallback, StringComparison.Ordinal);
        Assert.Contains($"href=\"../../../assets/img/map.{hash}.png?v=2#top\"", fallback, StringComparison.Ordinal);
        Assert.Contains("src=\"../../../assets/img/none.png\"", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_symbols_are_isolated_in_text_on_right_to_left_pages_only()
    {
        const string text = "See A/HRC/26/16 and `CCPR/C/KHM/CO/3` ![E/C.12/KHM/CO/2](m.png) [A/HRC/41/17](https://undocs.org/A/HRC/41/17).\n";
        var rtl = Html(text, "ar/index.html", rtl: true);
        Assert.Contains("See <bdi dir=\"ltr\">A/HRC/26/16</bdi> and <code>CCPR/C/KHM/CO/3</code>", rtl, StringComparison.Ordinal);
        Assert.Contains("alt=\"E/C.12/KHM/CO/2\"", rtl, StringComparison.Ordinal);
        Assert.Contains("href=\"https://undocs.org/A/HRC/41/17\"><bdi dir=\"ltr\">A/HRC/41/17</bdi></a>", rtl, StringComparison.Ordinal);
        Assert.DoesNotContain("<bdi", Html(text, "en/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Symbols_the_author_put_in_raw_code_or_bdi_are_not_wrapped_again()
    {
        var html = Html("<code>A/HRC/26/16</code> <bdi>CCPR/C/KHM/CO/3</bdi> then E/C.12/KHM/CO/2\n", "ar/index.html", rtl: true);
        Assert.Contains("<code>A/HRC/26/16</code> <bdi>CCPR/C/KHM/CO/3</bdi> then <bdi dir=\"ltr\">E/C.12/KHM/CO/2</bdi>", html, StringComparison.Ordinal);
    }
}
