using UprSite.Build.Tests.Support;
using UprSite.Core.Urls;
using UprSite.TestSupport;

namespace UprSite.Build.Tests.I18n;

/// <summary>A factsheet written only in English is still published under /km/, as English text with a Khmer notice.</summary>
public sealed class FallbackPageTests : IDisposable
{
    private const string FallbackPath = "km/countries/kh/factsheets/labour/index.html";
    private readonly TestSite _site = new();

    public FallbackPageTests()
    {
        _site.Write("countries/kh/factsheets/labour.en.md",
            FactsheetText.Of("Labour rights", "Unions in the garment sector. See [the 2014 review](/en/countries/kh/#cycle-2)."));
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void The_reader_language_keeps_the_page_and_the_passage_is_marked_as_English()
    {
        var page = Html.Page(_site, FallbackPath);

        Assert.Equal("km", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("Labour rights", page.QuerySelector("h1")!.TextContent);
        var body = page.QuerySelector(".factsheet-context")!;
        Assert.Equal("en", body.GetAttribute("lang"));
        Assert.All(page.QuerySelectorAll(".factsheet-part"), part => Assert.Equal("en", part.GetAttribute("lang")));
        Assert.Equal("km", page.QuerySelector(".factsheet-previous")!.Closest("[lang]")!.GetAttribute("lang"));
        Assert.Contains("Unions in the garment sector.", body.TextContent);
        Assert.Equal("en", page.QuerySelector(".breadcrumbs [aria-current=page]")!.GetAttribute("lang"));
        // UPR issue names are shown in the page's language, from the reference data.
        Assert.Null(page.QuerySelector(".factsheet-meta dd")!.GetAttribute("lang"));
        Assert.Equal("ការងារ", page.QuerySelector(".factsheet-meta dd")!.TextContent);
    }

    [Fact]
    public void A_notice_in_Khmer_says_the_factsheet_is_not_translated_and_links_to_the_original()
    {
        var page = Html.Page(_site, FallbackPath);

        var notice = page.QuerySelector(".fallback-notice")!;
        Assert.Equal("note", notice.GetAttribute("role"));
        Assert.Null(notice.Closest("[lang=en]"));
        Assert.Contains("មិនទាន់មានជាភាសាខ្មែរ", notice.TextContent);
        Assert.Contains("កំណែភាសាអង់គ្លេស", notice.TextContent);
        var link = notice.QuerySelector("a")!;
        Assert.Equal("en", link.GetAttribute("hreflang"));
        Assert.Equal("en/countries/kh/factsheets/labour/index.html", RelativeUrl.Resolve(FallbackPath, link.GetAttribute("href")!));
    }

    [Fact]
    public void The_canonical_address_is_the_original_and_hreflang_names_only_real_translations()
    {
        var head = Html.Page(_site, FallbackPath).Head!;

        Assert.Equal("https://test.example.org/en/countries/kh/factsheets/labour/",
            head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var hreflangs = head.QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("en", "https://test.example.org/en/countries/kh/factsheets/labour/"), ("x-default", "https://test.example.org/en/countries/kh/factsheets/labour/")],
            hreflangs);
    }

    [Fact]
    public void The_language_switcher_of_the_original_leads_to_the_fallback_page()
    {
        const string original = "en/countries/kh/factsheets/labour/index.html";
        var switcher = Html.Page(_site, original).QuerySelector(".language-switcher a[hreflang=km]")!;

        Assert.Equal(FallbackPath, RelativeUrl.Resolve(original, switcher.GetAttribute("href")!));
        Assert.Equal("ខ្មែរ", switcher.TextContent);
    }

    [Fact]
    public void The_Khmer_home_lists_the_factsheet_in_Khmer_pages_with_its_English_title_marked()
    {
        var link = Html.Page(_site, "km/index.html").QuerySelectorAll(".factsheet-list a").Single();

        Assert.Equal(FallbackPath, RelativeUrl.Resolve("km/index.html", link.GetAttribute("href")!));
        Assert.Equal("en", link.GetAttribute("lang"));
    }

    [Fact]
    public void Links_in_the_English_text_lead_where_they_lead_on_the_original()
    {
        var link = Html.Page(_site, FallbackPath).QuerySelector(".factsheet-context a")!;

        Assert.Equal("en/countries/kh/index.html", RelativeUrl.Resolve(FallbackPath, link.GetAttribute("href")!.Split('#')[0]));
        Assert.EndsWith("#cycle-2", link.GetAttribute("href"));
    }

    [Fact]
    public void The_original_page_has_no_notice_and_is_its_own_canonical()
    {
        var page = Html.Page(_site, "en/countries/kh/factsheets/labour/index.html");

        Assert.Null(page.QuerySelector(".fallback-notice"));
        Assert.Null(page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("https://test.example.org/en/countries/kh/factsheets/labour/", page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_lists_the_original_but_not_the_fallback()
    {
        var sitemap = _site.ReadOutput("sitemap.xml");

        Assert.Contains("<loc>https://test.example.org/en/countries/kh/factsheets/labour/</loc>", sitemap);
        Assert.DoesNotContain("<loc>https://test.example.org/km/countries/kh/factsheets/labour/</loc>", sitemap);
    }

    [Fact]
    public void A_free_page_falls_back_the_same_way()
    {
        _site.Write("pages/about.en.md", "---\ntitle: About us\n---\nWho we are.\n");
        Assert.True(_site.Build().Succeeded);

        var page = Html.Page(_site, "km/pages/about/index.html");
        Assert.Contains("ទំព័រនេះមិនទាន់មានជាភាសាខ្មែរ", page.QuerySelector(".fallback-notice")!.TextContent);
        Assert.Equal("en", page.QuerySelector(".page-text")!.GetAttribute("lang"));
        Assert.Equal("https://test.example.org/en/pages/about/", page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    public void Dispose() => _site.Dispose();
}
