using System.Text;
using System.Xml.Linq;
using UprSite.Build.Output;
using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.I18n;

/// <summary>hreflang in every page's head and in sitemap.xml, the switcher, and / redirects, over the real sample site.</summary>
[Collection(SampleCollection.Name)]
public sealed class SampleLanguageLinksTests(SampleSite sample)
{
    private const string Base = "https://uprsite-sample.netlify.app/";
    private OutputSet Output => sample.Result.Output!;

    [Fact]
    public void Every_page_has_hreflang_links_ending_with_x_default()
    {
        // The 404 and search pages are not to be indexed, so they name no translations for search engines.
        var notFound = new[] { "404.html", "en/404.html", "km/404.html", "fr/404.html", "en/search/index.html", "km/search/index.html", "fr/search/index.html" };
        Assert.Equal(notFound.Order(StringComparer.Ordinal), Output.HtmlPages
            .Where(p => Html.Parse(Encoding.UTF8.GetString(p.Value.Content)).Head!.QuerySelector("meta[name=robots][content=noindex]") is not null)
            .Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (path, file) in Output.HtmlPages.Where(p => !notFound.Contains(p.Key)))
        {
            var links = Html.Parse(Encoding.UTF8.GetString(file.Content)).Head!.QuerySelectorAll("link[rel=alternate][hreflang]")
                .Select(l => l.GetAttribute("hreflang")!).ToList();
            Assert.True(links.Count >= 2, $"{path} has {links.Count} hreflang links");
            Assert.Equal("x-default", links[^1]);
            Assert.Single(links, l => l == "x-default");
        }
    }

    [Fact]
    public void The_home_pages_x_default_is_the_language_chooser_and_a_country_page_lists_all_three_languages()
    {
        var home = Page("km/index.html");
        Assert.Equal(Base, home.Head!.QuerySelector("link[hreflang=x-default]")!.GetAttribute("href"));

        var country = Page("fr/countries/kh/index.html").Head!;
        Assert.Equal(["en", "km", "fr", "x-default"], country.QuerySelectorAll("link[hreflang]").Select(l => l.GetAttribute("hreflang")));
        Assert.Equal($"{Base}en/countries/kh/", country.QuerySelector("link[hreflang=x-default]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_gives_each_address_its_translations_and_x_default()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = XDocument.Parse(Encoding.UTF8.GetString(Output.Files["sitemap.xml"].Content));
        var urls = sitemap.Root!.Elements(sm + "url").ToDictionary(u => u.Element(sm + "loc")!.Value,
            u => u.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));

        Assert.Equal($"{Base}en/countries/kh/factsheets/land/", urls[$"{Base}km/countries/kh/factsheets/land/"]["x-default"]);
        Assert.Equal($"{Base}fr/countries/kh/factsheets/land/", urls[$"{Base}km/countries/kh/factsheets/land/"]["fr"]);
        Assert.Equal(Base, urls[Base]["x-default"]);
        Assert.Equal($"{Base}km/", urls[Base]["km"]);
        Assert.Equal(["en", "x-default"], urls[$"{Base}en/countries/kh/factsheets/labour/"].Keys);
        Assert.DoesNotContain($"{Base}km/countries/kh/factsheets/labour/", urls.Keys);
        Assert.All(urls.Values, alternates => Assert.Contains("x-default", alternates.Keys));
    }

    [Fact]
    public void Every_page_has_a_language_switcher_that_reaches_every_language()
    {
        foreach (var (path, file) in Output.HtmlPages.Where(p => p.Key != "index.html"))
        {
            var switcher = Html.Parse(Encoding.UTF8.GetString(file.Content)).QuerySelector(".language-switcher")!;
            Assert.Equal(["en", "km", "fr"], switcher.QuerySelectorAll("[lang]").Select(e => e.GetAttribute("lang")));
            // A page at the root (404.html) is in the default language.
            Assert.Equal(path.Contains('/') ? path[..2] : "en", switcher.QuerySelector("[aria-current]")!.GetAttribute("lang"));
        }
    }

    [Fact]
    public void Only_the_root_redirects_by_browser_language_every_language_has_a_rule_and_the_default_comes_last()
    {
        var rules = Rules().Where(r => r[2] == "302!").ToList();

        Assert.Equal(3, rules.Count);
        Assert.All(rules, r => Assert.Equal("/", r[0]));
        Assert.Equal(["/km/", "/fr/", "/en/"], rules.Select(r => r[1]));
        Assert.Equal(["Language=km", "Language=fr", "Language=en"], rules.Select(r => r[3]));
    }

    [Fact]
    public void A_missing_page_under_a_language_folder_gets_that_languages_404_page_and_the_root_rule_comes_last()
    {
        var rules = Rules();
        var missing = rules.SkipWhile(r => r[2] == "302!").ToList();

        // After the redirects of /, one rule per language, unforced (Netlify applies them only where no file exists).
        Assert.Equal(rules.Count - 3, missing.Count);
        Assert.Equal(
            ["/en/* /en/404.html 404", "/km/* /km/404.html 404", "/fr/* /fr/404.html 404", "/* /404.html 404"],
            missing.Select(r => string.Join(' ', r)));
        Assert.All(missing.Select(r => r[1].TrimStart('/')), page => Assert.True(Output.Files.ContainsKey(page), page));
    }

    private List<string[]> Rules() => Encoding.UTF8.GetString(Output.Files["_redirects"].Content).Split('\n')
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    [Fact]
    public void The_Khmer_country_page_writes_numbers_dates_and_cycles_in_Khmer_digits()
    {
        var row = Page("km/countries/kh/index.html").QuerySelector("#cycle-4")!;

        Assert.Equal("វដ្តទី ៤", row.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("៨ ឧសភា ២០២៤", row.QuerySelector("time")!.TextContent);
        Assert.Equal(["២៧៥", "២៣២", "៤៣", "៨៤,៤%"], row.QuerySelectorAll("td.num").Select(td => td.TextContent));
        Assert.Equal("2024-05-08", row.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void English_passages_on_the_Khmer_country_page_are_marked_as_English()
    {
        var page = Page("km/countries/kh/index.html");

        var sources = page.QuerySelectorAll(".review-sources span[lang]").ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Equal("en", s.GetAttribute("lang")));
        Assert.Null(page.QuerySelector(".lead")!.GetAttribute("lang"));
    }

    private AngleSharp.Dom.IDocument Page(string path) => Html.Parse(Encoding.UTF8.GetString(Output.Files[path].Content));
}
