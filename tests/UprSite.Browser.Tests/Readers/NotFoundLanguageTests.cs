using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Readers;

/// <summary>
/// A missing page under /fr/ or /km/ is answered in French or Khmer: on Netlify by the site's _redirects rules (each
/// language's 404 page, at the address asked for); on a host that shows /404.html for every unknown address (GitHub
/// Pages, and this suite's server) by /404.html's script, which sends the reader on to the language's 404 page, or,
/// without JavaScript, by the list of languages it shows.
/// </summary>
public sealed class NotFoundLanguageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("fr/no-such-page", "fr", "Page introuvable", "Rechercher sur le site")]
    [InlineData("km/countries/kh/factsheets/nothing/", "km", "រកមិនឃើញទំព័រ", "ស្វែងរកក្នុងគេហទំព័រ")]
    [InlineData("nowhere/at/all.html", "en", "Page not found", "Search the site")]
    public async Task On_Netlify_a_missing_page_gets_the_404_page_of_its_language_folder(string address, string language, string title, string search)
    {
        var rules = NetlifyMissingPages.Load(browser.SampleOutput);
        await using var watch = await browser.OpenAsync(390, 844);
        await watch.Page.RouteAsync($"{browser.Sample.Origin}/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            if (rules.Answer(path) is not { } answer)
            {
                await route.FallbackAsync();
                return;
            }

            var headers = browser.Netlify.HeadersFor(path).ToDictionary(h => h.Key, h => h.Value);
            headers["Content-Type"] = "text/html; charset=utf-8";
            await route.FulfillAsync(new RouteFulfillOptions { Status = answer.Status, Path = answer.File, Headers = headers });
        });

        var response = await watch.GoAsync(browser.Sample.Url(address));

        Assert.Equal(404, response!.Status);
        Assert.Equal(browser.Sample.Url(address), watch.Page.Url);
        Assert.Equal(language, await watch.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal(title, (await watch.Page.TextContentAsync("h1"))!.Trim());
        // Its stylesheet was found from this address, and its search link leads to the language's search page.
        Assert.NotEqual("rgba(0, 0, 0, 0)", await watch.Page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor"));
        await watch.Page.GetByRole(AriaRole.Link, new() { Name = search, Exact = true }).Last.ClickAsync();
        await watch.Page.WaitForURLAsync(browser.Sample.Url($"{language}/search/index.html"));
        Assert.Equal(language, await watch.Page.GetAttributeAsync("html", "lang"));
        Assert.All(watch.Problems, p => Assert.Contains(address, p));
    }

    [Theory]
    [InlineData("fr/no-such-page", "fr", "Page introuvable")]
    [InlineData("km/countries/kh/factsheets/nothing/", "km", "រកមិនឃើញទំព័រ")]
    public async Task Where_every_unknown_address_shows_404_html_its_script_sends_the_reader_to_the_languages_404_page(string address, string language, string title)
    {
        await using var watch = await browser.OpenAsync(390, 844);
        var response = await watch.GoAsync(browser.Sample.Url(address));
        Assert.Equal(404, response!.Status);

        await watch.Page.WaitForURLAsync(browser.Sample.Url($"{language}/404.html"));
        Assert.Equal(language, await watch.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal(title, (await watch.Page.TextContentAsync("h1"))!.Trim());
        // Only the unknown address itself failed (its 404 and Chromium's console line for it).
        Assert.Equal(2, watch.Problems.Count);
        Assert.All(watch.Problems, p => Assert.Contains("404", p));
    }

    [Fact]
    public async Task An_address_outside_the_language_folders_stays_on_the_default_languages_404_page()
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url("en/no-such-page"));
        await watch.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(browser.Sample.Url("en/no-such-page"), watch.Page.Url);
        Assert.Equal("Page not found", (await watch.Page.TextContentAsync("h1"))!.Trim());
    }

    [Fact]
    public async Task Without_JavaScript_404_html_lists_every_language_with_its_own_words_and_home_page()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Sample.Url("fr/no-such-page"));

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        var french = page.Locator(".not-found-languages li[lang=fr]");
        Assert.Contains("Page introuvable", await french.TextContentAsync());
        Assert.Contains("រកមិនឃើញទំព័រ", await page.Locator(".not-found-languages li[lang=km]").TextContentAsync());
        // Each language's link is a full tap target.
        var box = await french.Locator("a").BoundingBoxAsync();
        Assert.True(box!.Height >= 44, $"{box.Height} px tall");

        await french.Locator("a").ClickAsync();
        await page.WaitForURLAsync(browser.Sample.Url("fr/index.html"));
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
    }
}
