using System.Text;
using UprSite.Cli.Preview;

namespace UprSite.Cli.Tests.Preview;

public sealed class PreviewSiteTests
{
    private static PreviewSite Site(params string[] paths) =>
        new(7, paths.Select(p => KeyValuePair.Create(p, Encoding.UTF8.GetBytes("content of " + p))));

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("en/", "en/index.html")]
    [InlineData("en/index.html", "en/index.html")]
    [InlineData("assets/css/site.1234567890.css", "assets/css/site.1234567890.css")]
    public void A_file_or_a_folders_index_is_served(string path, string served)
    {
        var answer = Site("index.html", "en/index.html", "assets/css/site.1234567890.css").Find(path);

        Assert.Equal(200, answer.Status);
        Assert.Equal(served, answer.TypeFrom);
        Assert.Equal("content of " + served, Encoding.UTF8.GetString(answer.Body));
    }

    [Theory]
    [InlineData("km/nowhere/", "km/404.html")]
    [InlineData("km/countries/zz/index.html", "km/404.html")]
    [InlineData("fr/nowhere/", "404.html")]
    [InlineData("nowhere.html", "404.html")]
    [InlineData("km.css", "404.html")]
    public void An_unknown_address_gets_its_languages_404_page_else_the_sites(string path, string page)
    {
        var answer = Site("index.html", "404.html", "km/404.html", "km/index.html").Find(path);

        Assert.Equal(404, answer.Status);
        Assert.Equal(page, answer.TypeFrom);
        Assert.Equal("content of " + page, Encoding.UTF8.GetString(answer.Body));
    }

    [Fact]
    public void A_site_without_a_404_page_answers_a_line_of_text()
    {
        var answer = Site("index.html").Find("en/nowhere/");

        Assert.Equal(404, answer.Status);
        Assert.Equal("404.txt", answer.TypeFrom);
        Assert.Contains("/en/nowhere/index.html is not a file of the site", Encoding.UTF8.GetString(answer.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_its_final_slash_is_redirected_to_it()
    {
        var answer = Site("en/pages/about/index.html").Find("en/pages/about");

        Assert.Equal(302, answer.Status);
        Assert.Equal("/en/pages/about/", answer.Location);
    }
}
