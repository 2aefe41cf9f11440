using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Pages;

/// <summary>The coalition's members and logo (site.yml) in every page's footer, and the checks on coalition.logo.</summary>
[Collection(SampleCollection.Name)]
public sealed class CoalitionFooterTests(SampleSite sample)
{
    private const string SiteYml = "title: {en: Test}\nbase_url: https://test.example.org\nlanguages:\n  - {code: en, label: English, default: true}\n";

    [Theory]
    [InlineData("en/index.html", "Members:")]
    [InlineData("fr/countries/kh/factsheets/land/index.html", "Membres\u202F:")]
    [InlineData("km/countries/kh/index.html", "សមាជិក៖")]
    public void Every_page_names_the_coalitions_members_and_shows_its_logo(string path, string label)
    {
        var footer = Dom.Page(sample.Result, path).QuerySelector(".site-footer")!;

        Assert.Equal(label, footer.QuerySelector("#footer-members")!.TextContent.Trim());
        var language = path[..2];
        Assert.Equal(sample.Result.Site!.Settings.Coalition.Members.Select(m => m.Name.Get(language, "en")),
            footer.QuerySelectorAll("ul[aria-labelledby='footer-members'] li").Select(li => li.TextContent));
        var logo = footer.QuerySelector("img.coalition-logo")!;
        Assert.Equal(string.Empty, logo.GetAttribute("alt"));
        var target = new Uri(new Uri("https://x.example/" + path), logo.GetAttribute("src")!).AbsolutePath.TrimStart('/');
        Assert.Matches(@"^assets/images/coalition-logo\.[0-9a-f]+\.svg$", target);
        Assert.True(sample.Result.Output!.Files.ContainsKey(target), $"the logo {target} is not in the output");
    }

    [Theory]
    [InlineData("fr", "Réseau d'exemple pour les droits fonciers (fictif)")]
    [InlineData("km", "បណ្តាញសិទ្ធិដីធ្លីគំរូ (ប្រឌិត)")]
    public void A_member_named_in_the_page_language_shows_that_name_and_one_named_only_in_english_is_marked_english(string language, string landNetwork)
    {
        var footer = Dom.Page(sample.Result, $"{language}/index.html").QuerySelectorAll("ul[aria-labelledby='footer-members'] li");
        var brief = Dom.Page(sample.Result, $"{language}/countries/kh/states/france/brief/index.html").QuerySelectorAll(".brief-members span");

        foreach (var names in new[] { footer, brief })
        {
            Assert.Equal(5, names.Length);
            Assert.Equal((landNetwork, null), (names[0].TextContent, names[0].GetAttribute("lang")));
            Assert.Equal(("Sample Women's Voice Cambodia (fictional)", "en"), (names[2].TextContent, names[2].GetAttribute("lang")));
            Assert.Null(names[4].GetAttribute("lang"));
        }

        Assert.All(Dom.Page(sample.Result, "en/index.html").QuerySelectorAll("ul[aria-labelledby='footer-members'] li"), li => Assert.Null(li.GetAttribute("lang")));
    }

    [Fact]
    public void A_site_without_members_or_logo_shows_neither()
    {
        using var site = new TestSite(withCountry: false).Write("site.yml", SiteYml + "coalition: {name: {en: Test Coalition}}\n");

        var footer = Dom.Page(site.Build(write: false), "en/index.html").QuerySelector(".site-footer")!;

        Assert.Null(footer.QuerySelector(".footer-members"));
        Assert.Null(footer.QuerySelector("img"));
        Assert.Contains("Test Coalition", footer.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("logo.svg", "should be the path of an SVG, PNG, JPEG or WebP image under assets/")]
    [InlineData("assets/images/logo.gif", "should be the path of an SVG, PNG, JPEG or WebP image under assets/")]
    [InlineData("assets/../site.yml", "should be the path of an SVG, PNG, JPEG or WebP image under assets/")]
    [InlineData("assets/images/missing.png", "names 'assets/images/missing.png', which is neither in input/assets/images/missing.png nor in the theme")]
    public void A_logo_that_is_not_an_image_the_site_has_is_an_error_at_its_key(string logo, string message)
    {
        using var site = new TestSite(withCountry: false).Write("site.yml", SiteYml + $"coalition:\n  name: Test\n  logo: {logo}\n");

        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.InvalidCoalitionLogo.Id, 7, 3), (error.Code, error.Line, error.Column));
        Assert.EndsWith("site.yml", error.File, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_logo_under_input_assets_is_served_with_its_hashed_name()
    {
        using var site = new TestSite(withCountry: false).Write("site.yml", SiteYml + "coalition:\n  name: Test\n  logo: assets/logo.png\n")
            .Write("assets/logo.png", "not really a PNG, but a file");

        var result = site.Build(write: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var src = Dom.Page(result, "en/index.html").QuerySelector(".site-footer img.coalition-logo")!.GetAttribute("src")!;
        Assert.Matches(@"^\.\./assets/logo\.[0-9a-f]+\.png$", src);
    }
}
