using AngleSharp.Dom;
using UprSite.Build.Tests.Support;
using UprSite.TestSupport;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// A page and a factsheet written only in English, shown on the km and fr fallback pages: their links are retargeted
/// to the same files, and nothing else of the Markdown changes (alt, class, title, heading ids, in-page anchors).
/// </summary>
public sealed class FallbackAttributeTests(SiteBuiltOnce<FallbackAttributeTests> built) : IClassFixture<SiteBuiltOnce<FallbackAttributeTests>>, ISiteSetup
{
    private const string Markdown = """
        Read [how we counted](#method "The counting method"), [the sources](#sources-cited) and [the map](#the-map).

        ![a map of land](/assets/images/share.png){.note}

        ### How we counted {#method}

        Every dispute filed in 2023.

        ### Sources cited

        Our own survey.

        ### The map

        See above.
        """;

    private readonly TestSite _site = built.Site;

    // The build checks every link and anchor of every page, the fallback pages included (SiteBuiltOnce: it succeeds).
    public static TestSite Write() => new TestSite()
        .Write("site.yml", """
            title: {en: Test Coalition, km: សម្ព័ន្ធសាកល្បង, fr: Coalition test}
            base_url: https://test.example.org
            languages:
              - {code: en, label: English, locale: en-GB, default: true}
              - {code: km, label: ខ្មែរ, locale: km-KH}
              - {code: fr, label: Français, locale: fr-FR}
            """)
        .Write("pages/mapping.en.md", "---\ntitle: Mapping land\n---\n" + Markdown + "\n")
        .Write("countries/kh/factsheets/labour.en.md",
            FactsheetText.Of("Labour rights", Markdown + "\n\nAsk [question 2](#question-2) and [recommendation 1](#recommendation-1), see [the questions](#questions)."));

    public static TheoryData<string> FallbackPages => new()
    {
        "km/pages/mapping/index.html",
        "fr/pages/mapping/index.html",
        "km/countries/kh/factsheets/labour/index.html",
        "fr/countries/kh/factsheets/labour/index.html",
    };

    [Theory]
    [MemberData(nameof(FallbackPages))]
    public void Alt_class_title_and_heading_ids_are_kept_as_written(string path)
    {
        var page = Html.Page(_site, path);

        var image = Assert.Single(page.QuerySelectorAll("main img[alt]"));
        Assert.Equal("a map of land", image.GetAttribute("alt"));
        Assert.Equal("note", image.GetAttribute("class"));
        Assert.Equal("The counting method", page.QuerySelector("main a[title]")!.GetAttribute("title"));
        Assert.NotNull(page.GetElementById("method"));
        Assert.NotNull(page.GetElementById("sources-cited"));
        Assert.NotNull(page.GetElementById("the-map"));
        Assert.Empty(page.QuerySelectorAll("[id*='/'], [class*='/'], [alt*='/'], [title*='/']"));
    }

    [Theory]
    [MemberData(nameof(FallbackPages))]
    public void Every_in_page_anchor_resolves_and_the_image_still_reaches_its_file(string path)
    {
        var page = Html.Page(_site, path);

        var anchors = page.QuerySelectorAll("main a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Contains("method", anchors);
        Assert.All(anchors, id => Assert.True(page.GetElementById(id) is not null, $"#{id} has no target on {path}"));
        var src = page.QuerySelector("main img[alt]")!.GetAttribute("src")!;
        Assert.True(File.Exists(Path.Combine(_site.Output, Core.Urls.RelativeUrl.Resolve(path, src))), src);
    }

    [Theory]
    [InlineData("pages/mapping/index.html")]
    [InlineData("countries/kh/factsheets/labour/index.html")]
    public void The_fallback_pages_carry_the_same_ids_as_the_original(string page)
    {
        static List<string> Ids(IDocument document) =>
            document.QuerySelectorAll("main [id]").Select(e => e.Id!).Where(id => !id.StartsWith("fallback", StringComparison.Ordinal)).ToList();

        var original = Ids(Html.Page(_site, "en/" + page));
        Assert.Contains("method", original);
        Assert.Equal(original, Ids(Html.Page(_site, "km/" + page)));
        Assert.Equal(original, Ids(Html.Page(_site, "fr/" + page)));
    }
}
