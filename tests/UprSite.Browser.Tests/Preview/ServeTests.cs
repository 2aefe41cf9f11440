using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Preview;

/// <summary>
/// <c>uprsite serve</c> as a coalition uses it, in Chromium under netlify.toml's policy: browse, edit a factsheet,
/// break it, fix it.
/// </summary>
public sealed class ServeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "uprsite-serve-browser-" + Guid.NewGuid().ToString("N")[..12]);

    private string Factsheet => Path.Combine(_site, "input", "countries", "kh", "factsheets", "land.en.md");

    [Fact]
    public async Task A_page_reloads_after_an_edit_and_shows_a_broken_edit_in_an_overlay_until_it_is_fixed()
    {
        CopyDirectory(Repo.Input, Path.Combine(_site, "input"));
        File.Copy(Repo.NetlifyToml, Path.Combine(_site, "netlify.toml"));
        await using var serve = await ServeProcess.StartAsync(_site, Repo.Theme);
        await using var watch = await browser.OpenAsync();
        var page = watch.Page;
        var timeout = new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 };

        var home = await watch.GoAsync(serve.Url("/en/"));
        Assert.Equal(200, home!.Status);
        Assert.Contains("script-src 'self'", await home.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        await page.Locator("main a[href='countries/kh/index.html']").First.ClickAsync();
        await page.WaitForURLAsync(serve.Url("/en/countries/kh/index.html"));
        var charts = await page.Locator("section.chart").CountAsync();
        Assert.True(charts >= 4, $"{charts} charts on the country page");
        await Assertions.Expect(page.Locator("section.chart.has-chart")).ToHaveCountAsync(charts, new() { Timeout = 20_000 });
        Assert.True(await StylesheetRulesAsync(page) > 20, "the site's style sheet did not load");
        Assert.StartsWith("\"Noto Sans\"", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        await watch.AssertCleanAsync();

        await page.Locator("main a[href='factsheets/land/index.html']").First.ClickAsync();
        await page.WaitForURLAsync(serve.Url("/en/countries/kh/factsheets/land/index.html"));
        Assert.Equal("Land and housing rights", await page.Locator("main h1").First.TextContentAsync());
        Assert.True(await StylesheetRulesAsync(page) > 20, "the site's style sheet did not load");
        await watch.AssertCleanAsync();

        var original = await File.ReadAllTextAsync(Factsheet);
        await File.WriteAllTextAsync(Factsheet, original.Replace("Secure land is the basis", "Edited in the preview: secure land is the basis", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("Edited in the preview: secure land")).ToBeVisibleAsync(timeout);
        await watch.AssertCleanAsync();

        await File.WriteAllTextAsync(Factsheet, original.Replace("title: Land and housing rights", "title: [Land and housing rights", StringComparison.Ordinal));
        var overlay = page.Locator("#uprsite-overlay");
        await Assertions.Expect(overlay).ToBeVisibleAsync(timeout);
        var where = await overlay.Locator(".uprsite-where").First.TextContentAsync();
        Assert.EndsWith("countries/kh/factsheets/land.en.md(2,1)", where);
        Assert.Contains("UPR0101", await overlay.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("fixed", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        Assert.True(await page.GetByText("Edited in the preview: secure land").IsVisibleAsync(), "the last good build is no longer shown");
        await watch.AssertCleanAsync();

        await File.WriteAllTextAsync(Factsheet, original.Replace("Secure land is the basis", "Fixed in the preview: secure land is the basis", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("Fixed in the preview: secure land")).ToBeVisibleAsync(timeout);
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        Assert.Equal(serve.Url("/en/countries/kh/factsheets/land/index.html"), page.Url);
        await watch.AssertCleanAsync();
        Assert.Contains("error UPR0101", serve.Printed, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_site))
        {
            Directory.Delete(_site, recursive: true);
        }
    }

    /// <summary>How many rules the page's own style sheets hold (the preview's overlay style excluded).</summary>
    private static Task<int> StylesheetRulesAsync(IPage page) => page.EvaluateAsync<int>(
        "() => [...document.styleSheets].filter(s => s.href && s.href.includes('/assets/css/')).reduce((n, s) => n + s.cssRules.length, 0)");

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
