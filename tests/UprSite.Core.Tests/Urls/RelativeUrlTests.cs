using UprSite.Core.Urls;

namespace UprSite.Core.Tests.Urls;

public sealed class RelativeUrlTests
{
    [Theory]
    [InlineData("en/index.html", "en/countries/kh/index.html", "countries/kh/index.html")]
    [InlineData("en/countries/kh/index.html", "en/index.html", "../../index.html")]
    [InlineData("en/countries/kh/index.html", "km/countries/kh/index.html", "../../../km/countries/kh/index.html")]
    [InlineData("en/countries/kh/index.html", "assets/css/site.css", "../../../assets/css/site.css")]
    [InlineData("index.html", "en/index.html", "en/index.html")]
    [InlineData("en/index.html", "en/index.html", "index.html")]
    public void Between_gives_the_relative_address(string from, string to, string expected) =>
        Assert.Equal(expected, RelativeUrl.Between(from, to));

    [Theory]
    [InlineData("en/countries/kh/index.html", "../../../km/index.html", "km/index.html")]
    [InlineData("en/countries/kh/index.html", "factsheets/land/", "en/countries/kh/factsheets/land/index.html")]
    [InlineData("en/countries/kh/index.html", "/en/pages/about/", "en/pages/about/index.html")]
    [InlineData("en/index.html", "", "en/index.html")]
    public void Resolve_finds_the_output_path(string from, string href, string expected)
    {
        var resolved = RelativeUrl.Resolve(from, href);
        Assert.Equal(expected, href.Length == 0 ? from : resolved);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("mailto:a@example.org")]
    public void SiteRootedToPath_ignores_links_that_leave_the_site(string url) =>
        Assert.Null(RelativeUrl.SiteRootedToPath(url));

    [Fact]
    public void Every_relative_link_resolves_back_to_its_target()
    {
        string[] paths = ["index.html", "en/index.html", "en/countries/kh/index.html", "km/countries/kh/factsheets/land/index.html", "assets/css/site.css"];
        foreach (var from in paths)
        {
            foreach (var to in paths)
            {
                Assert.Equal(to, RelativeUrl.Resolve(from, RelativeUrl.Between(from, to)));
            }
        }
    }
}
