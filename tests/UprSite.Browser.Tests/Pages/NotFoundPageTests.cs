using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>An unknown address, answered as Netlify answers it: the site's /404.html, styled, with links that work.</summary>
public sealed class NotFoundPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en/countries/kh/factsheets/no-such-theme/")]
    [InlineData("no/such/folder/deep/page.html")]
    public async Task A_deep_unknown_address_shows_the_styled_404_page_whose_home_link_works(string address)
    {
        await using var watch = await browser.OpenAsync();
        var response = await watch.GoAsync(browser.Sample.Url(address));

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", (await watch.Page.TextContentAsync("h1"))!.Trim());
        // The stylesheet and the favicon were found from this address: the header has the theme's background.
        Assert.NotEqual("rgba(0, 0, 0, 0)", await watch.Page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor"));
        var icon = await watch.Page.EvalOnSelectorAsync<string>("link[rel=icon]", "e => e.href");
        using (var http = new HttpClient())
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(icon)).StatusCode);
        }

        await watch.Page.ClickAsync(".not-found a");
        await watch.Page.WaitForURLAsync(url => url.EndsWith("/en/index.html", StringComparison.Ordinal));
        Assert.Equal("Cambodia UPR Coalition", (await watch.Page.TextContentAsync("h1"))!.Trim());
        // Nothing went wrong but the 404 of the unknown address itself, which Chromium also logs once (any other
        // failed file would add its own pair of lines).
        Assert.Equal(2, watch.Problems.Count);
        Assert.Equal($"HTTP 404 for {browser.Sample.Url(address)}", watch.Problems[0]);
        Assert.StartsWith("console error: Failed to load resource: the server responded with a status of 404", watch.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_language_has_its_own_404_page()
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url("km/404.html"));

        Assert.Equal("km", await watch.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("រកមិនឃើញទំព័រ", (await watch.Page.TextContentAsync("h1"))!.Trim());
        await watch.AssertCleanAsync();
    }
}
