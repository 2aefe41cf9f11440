using System.Buffers.Binary;
using AngleSharp.Dom;
using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Basics;

/// <summary>What every site is expected to have: favicon, share tags, 404 pages, robots.txt, descriptions.</summary>
public sealed class SiteBasicsTests : IDisposable
{
    private const string Base = "https://test.example.org";
    private readonly TestSite _site = new TestSite()
        .Write("countries/kh/factsheets/land.en.md", SampleContent.Factsheet("Land",
            "Secure land is the basis of most families' livelihoods.\n\nSecond paragraph.\n\n## Questions\n1. One?\n2. Two?\n3. Three?\n4. Four?\n\n## Recommendations\n1. Adopt a law by 2027.\n"))
        .Write("countries/kh/factsheets/land.km.md", SampleContent.Factsheet("ដីធ្លី"))
        .Write("pages/about.en.md", "---\ntitle: About\ndescription: Who we are, in one sentence.\n---\nLong text that is not the description.\n")
        .Write("pages/empty.en.md", "---\ntitle: Empty\n---\n## Only a heading\n");

    [Fact]
    public void Every_page_names_a_favicon_and_share_tags_that_point_at_real_files()
    {
        var result = Built();
        foreach (var (path, _) in result.Output!.HtmlPages)
        {
            var page = Dom.Page(result, path);
            var icon = page.QuerySelector("link[rel=icon]");
            Assert.NotNull(icon);
            Assert.Equal("image/svg+xml", icon.GetAttribute("type"));
            Assert.True(result.Output.Contains(Resolve(page, path, icon.GetAttribute("href")!)), $"{path}: favicon missing");

            Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "description")), path);
            Assert.Equal(Meta(page, "description"), Meta(page, "og:description"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")), path);
            Assert.StartsWith(Base + "/", Meta(page, "og:url"), StringComparison.Ordinal);
            var image = Meta(page, "og:image")!;
            Assert.StartsWith(Base + "/assets/images/share.", image, StringComparison.Ordinal);
            Assert.True(result.Output.Contains(image[(Base.Length + 1)..]), $"{path}: {image} is not in the output");
        }
    }

    [Fact]
    public void The_default_share_image_is_a_1200_by_630_png_and_its_size_is_declared()
    {
        var result = Built();
        var page = Dom.Page(result, SitePaths.Home("en"));
        var image = result.Output!.Files[Meta(page, "og:image")![(Base.Length + 1)..]].Content;

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], image[..4]);
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(16)));
        Assert.Equal(630, BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(20)));
        Assert.Equal("1200", Meta(page, "og:image:width"));
        Assert.Equal("630", Meta(page, "og:image:height"));
    }

    [Fact]
    public void Open_Graph_names_the_locale_its_translations_and_the_kind_of_page()
    {
        var result = Built();
        var factsheet = Dom.Page(result, SitePaths.Factsheet("km", "kh", "land"));
        Assert.Equal("km_KH", Meta(factsheet, "og:locale"));
        Assert.Equal(["en_GB"], factsheet.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        Assert.Equal("article", Meta(factsheet, "og:type"));
        Assert.Equal($"{Base}/km/countries/kh/factsheets/land/", Meta(factsheet, "og:url"));
        Assert.Equal("ដីធ្លី", Meta(factsheet, "og:title"));

        var home = Dom.Page(result, SitePaths.Home("en"));
        Assert.Equal("website", Meta(home, "og:type"));
        // The about page exists only in English: no alternate locale.
        Assert.Empty(Dom.Page(result, SitePaths.Page("en", "about")).QuerySelectorAll("meta[property='og:locale:alternate']"));
    }

    [Fact]
    public void The_description_is_the_front_matter_one_else_the_first_paragraph_else_the_site_title()
    {
        var result = Built();
        Assert.Equal("Who we are, in one sentence.", Meta(Dom.Page(result, SitePaths.Page("en", "about")), "description"));
        Assert.Equal("Secure land is the basis of most families' livelihoods.",
            Meta(Dom.Page(result, SitePaths.Factsheet("en", "kh", "land")), "description"));
        Assert.Equal("Test Coalition", Meta(Dom.Page(result, SitePaths.Page("en", "empty")), "description"));
    }

    [Fact]
    public void A_factsheet_description_in_front_matter_wins_over_its_first_paragraph()
    {
        _site.Write("countries/kh/factsheets/land.en.md", "---\ntitle: Land\ndescription: Land rights in two lines.\n---\nContext.\n\n## Questions\n1. One?\n2. Two?\n3. Three?\n4. Four?\n\n## Recommendations\n1. Adopt a law by 2027.\n");
        var result = Built();
        Assert.Equal("Land rights in two lines.", Meta(Dom.Page(result, SitePaths.Factsheet("en", "kh", "land")), "og:description"));
    }

    [Fact]
    public void Every_language_has_a_404_page_and_the_root_one_is_the_default_language_s()
    {
        var result = Built();
        foreach (var (path, lang, baseHref) in new[] { ("en/404.html", "en", "/en/"), ("km/404.html", "km", "/km/"), ("404.html", "en", "/") })
        {
            var page = Dom.Page(result, path);
            Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(baseHref, page.QuerySelector("base")!.GetAttribute("href"));
            Assert.Equal("noindex", Meta(page, "robots"));
            Assert.Null(page.QuerySelector("link[rel=canonical]"));
            // Through <base>, the links work at whatever address Netlify shows the page: they resolve from the page's folder.
            foreach (var link in page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).Where(h => !h.StartsWith('#')))
            {
                Assert.True(result.Output!.Contains(Resolve(page, path, link)), $"{path}: {link} does not resolve");
            }
        }

        Assert.Equal("រកមិនឃើញទំព័រ", Dom.Page(result, "km/404.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Page not found", Dom.Page(result, "404.html").QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("404.html", System.Text.Encoding.UTF8.GetString(result.Output!.Files[SitePaths.Sitemap].Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Robots_txt_allows_everything_and_points_at_the_sitemap_unless_the_site_brings_its_own()
    {
        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: {Base}/sitemap.xml\n", Text(Built(), SitePaths.Robots));

        _site.Write("static/robots.txt", "User-agent: *\nDisallow: /\n");
        Assert.Equal("User-agent: *\nDisallow: /\n", Text(Built(), SitePaths.Robots));
    }

    [Fact]
    public void A_favicon_and_a_share_image_in_input_replace_the_theme_s()
    {
        _site.Write("assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        var result = Built();
        var page = Dom.Page(result, SitePaths.Home("en"));
        var href = Resolve(page, SitePaths.Home("en"), page.QuerySelector("link[rel=icon]")!.GetAttribute("href")!);
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", Text(result, href));

        _site.Write("static/favicon.ico", "ico");
        _site.Write("static/share.jpg", "jpeg");
        page = Dom.Page(Built(), SitePaths.Home("en"));
        Assert.Equal("../favicon.ico", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal("image/x-icon", page.QuerySelector("link[rel=icon]")!.GetAttribute("type"));
        Assert.Equal($"{Base}/share.jpg", Meta(page, "og:image"));
        Assert.Null(Meta(page, "og:image:width"));
    }

    public void Dispose() => _site.Dispose();

    private BuildResult Built()
    {
        var result = _site.Build(write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelector($"meta[name='{name}'], meta[property='{name}']")?.GetAttribute("content");

    private static string Text(BuildResult result, string path) => System.Text.Encoding.UTF8.GetString(result.Output!.Files[path].Content);

    /// <summary>An href on the page at <paramref name="path"/> as an output path, through &lt;base&gt; when the page has one.</summary>
    private static string Resolve(IDocument page, string path, string href)
    {
        var baseHref = page.QuerySelector("base")?.GetAttribute("href");
        var from = baseHref is null ? path : baseHref.TrimStart('/') + "x.html";
        return RelativeUrl.Resolve(from, href.Split('#')[0]);
    }
}
