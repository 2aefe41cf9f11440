using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Phone;

/// <summary>The country page's contents list: near the top, the factsheets first, a link to every section, each link's target there.</summary>
public sealed class CountryContentsTests(BrowserFixture browser, NetworkSampleServed network) : IClassFixture<BrowserFixture>, IClassFixture<NetworkSampleServed>
{
    [Theory]
    [InlineData("sample", "en/countries/kh/index.html")]
    [InlineData("sample", "fr/countries/kh/index.html")]
    [InlineData("sample", "km/countries/kh/index.html")]
    [InlineData("network", "km/countries/pe/index.html")]
    [InlineData("network", "fr/countries/st/index.html")]
    public async Task Every_contents_link_leads_to_a_section_of_the_page_and_the_factsheets_come_first(string site, string path)
    {
        await using var watch = await browser.OpenAsync(PhoneLayoutTests.PhoneWidth, PhoneLayoutTests.PhoneHeight);
        await watch.GoAsync((site == "sample" ? browser.Sample : network.Server).Url(path));
        var page = watch.Page;

        var contents = page.Locator("nav.page-contents");
        var top = (await contents.BoundingBoxAsync())!.Y;
        Assert.InRange(top, 0, PhoneLayoutTests.PhoneHeight / 2);

        var targets = await contents.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(targets.Length >= 8, string.Join(", ", targets));
        Assert.All(targets, t => Assert.StartsWith("#", t, StringComparison.Ordinal));
        var missing = await page.EvaluateAsync<string[]>("ids => ids.filter(id => !document.getElementById(id.slice(1)))", targets);
        Assert.Empty(missing);
        Assert.Equal(targets.Length, targets.Distinct().Count());

        // The factsheets come first in the list and on the page, before the reviews and the dashboard.
        Assert.Equal("#factsheets-heading", targets[0]);
        var order = await page.EvaluateAsync<double[]>("ids => ids.map(id => document.getElementById(id).getBoundingClientRect().top)",
            new[] { "factsheets-heading", "reviews-heading", "statistics" });
        Assert.True(order[0] < order[1] && order[1] < order[2], string.Join(", ", order));
        Assert.True(await page.Locator("#factsheets-heading ~ .factsheet-list a").CountAsync() > 0);

        // Each section of the page (a heading of the second level, or a chart) is in the list.
        var sections = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('main h2, main .chart'))
              .filter(el => !el.closest('nav.page-contents'))
              .map(el => el.matches('.chart') ? el.id : (el.closest('section[id]') && el.closest('section[id]').querySelector('h2') === el ? el.closest('section[id]').id : el.id))
            """);
        Assert.True(sections.Length >= 8, string.Join(", ", sections));
        var unlisted = sections.Where(id => !targets.Contains("#" + id) && !targets.Contains("#" + id + "-heading")).ToList();
        Assert.True(unlisted.Count == 0, "sections missing from the contents: " + string.Join(", ", unlisted));

        // A link really takes the reader there.
        await contents.Locator("a[href='#implementation']").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#implementation-heading")).ToBeInViewportAsync();
        await watch.AssertCleanAsync();
    }
}
