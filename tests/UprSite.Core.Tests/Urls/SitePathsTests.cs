using UprSite.Core.Urls;

namespace UprSite.Core.Tests.Urls;

public sealed class SitePathsTests
{
    [Fact]
    public void Paths_follow_the_documented_urls()
    {
        Assert.Equal("km/index.html", SitePaths.Home("km"));
        Assert.Equal("en/countries/kh/index.html", SitePaths.Country("en", "kh"));
        Assert.Equal("fr/countries/kh/factsheets/land/index.html", SitePaths.Factsheet("fr", "kh", "land"));
        Assert.Equal("en/pages/about/index.html", SitePaths.Page("en", "about"));
    }

    [Theory]
    [InlineData("https://example.org", "en/countries/kh/index.html", "https://example.org/en/countries/kh/")]
    [InlineData("https://example.org/", "sitemap.xml", "https://example.org/sitemap.xml")]
    [InlineData("https://example.org/preview/", "index.html", "https://example.org/preview/")]
    public void Absolute_addresses_drop_index_html(string baseUrl, string path, string expected) =>
        Assert.Equal(expected, SitePaths.Absolute(baseUrl, path));
}
