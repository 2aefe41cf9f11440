using System.Net;
using UprSite.Browser.Tests.Support;
using UprSite.TestSupport;

namespace UprSite.Browser.Tests.Publishing;

/// <summary>The headers netlify.toml makes Netlify send, and the policy really enforced in Chromium.</summary>
public sealed class NetlifyHeadersTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void The_policy_allows_no_inline_script_or_style_nor_eval()
    {
        var csp = browser.Netlify.HeadersFor("/en/index.html")["Content-Security-Policy"];

        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public void Netlify_builds_with_the_pinned_SDK_and_publishes_the_site_folder()
    {
        Assert.Equal("_site", browser.Netlify.Publish);
        Assert.Equal("bash scripts/netlify-build.sh", browser.Netlify.BuildCommand);
        var script = File.ReadAllText(Path.Combine(Repo.Root, "scripts", "netlify-build.sh"));
        Assert.Matches(@"sdk_version=\$\(sed [^\n]*global\.json", script);
        Assert.Contains("DEPLOY_PRIME_URL", script);
        Assert.Contains("--base-url", script);
    }

    [Fact]
    public async Task Pages_and_assets_are_served_with_the_security_and_cache_headers()
    {
        using var http = new HttpClient();
        var page = await http.GetAsync(browser.Sample.Url("km/index.html"));
        var css = Directory.GetFiles(Path.Combine(browser.SampleOutput, "assets", "css"), "site.*.css").Single();
        var asset = await http.GetAsync(browser.Sample.Url("assets/css/" + Path.GetFileName(css)));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(browser.Netlify.HeadersFor("/")["Content-Security-Policy"], page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Null(page.Headers.CacheControl);
        var cache = asset.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
    }

    [Theory]
    [InlineData("km-KH,km;q=0.9,en-US;q=0.8,en;q=0.7", "/km/")]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.8", "/fr/")]
    [InlineData("en-GB,en;q=0.9", "/en/")]
    public async Task The_root_redirects_to_the_readers_language(string acceptLanguage, string location)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, browser.Sample.Url("/"));
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_reader_whose_language_the_site_lacks_gets_the_list_of_languages()
    {
        await using var watch = await browser.OpenAsync(locale: "de-DE");
        await watch.GoAsync(browser.Sample.Url("/"));

        Assert.EndsWith("/", watch.Page.Url);
        var languages = await watch.Page.Locator(".language-list a").AllTextContentsAsync();
        Assert.Equal(["English", "ខ្មែរ", "Français"], languages);
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task A_Khmer_browser_opening_the_root_lands_on_the_Khmer_home_page()
    {
        await using var watch = await browser.OpenAsync(locale: "km-KH");
        await watch.GoAsync(browser.Sample.Url("/"));

        Assert.Equal(browser.Sample.Url("/km/"), watch.Page.Url);
        Assert.Equal("km", await watch.Page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task The_policy_is_really_enforced_an_inline_script_and_style_are_reported()
    {
        var files = new Dictionary<string, string>(ArabicSite.Files)
        {
            ["partials/footer.html"] = "<footer><p style=\"color: red\">x</p><script>document.title = 'inline ran';</script></footer>\n",
        };
        using var site = BuiltSite.FromFiles(files);
        await using var server = await SiteServer.StartAsync(site.Output, browser.Netlify);
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(server.Url("en/index.html"));

        Assert.NotEqual("inline ran", await watch.Page.TitleAsync());
        var error = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(watch.AssertCleanAsync);
        Assert.Contains("CSP violation: script-src-elem", error.Message);
        Assert.Contains("CSP violation: style-src-attr", error.Message);
    }
}
