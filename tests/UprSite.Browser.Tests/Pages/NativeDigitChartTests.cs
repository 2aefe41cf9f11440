using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>On a page written in Khmer digits Chromium draws the charts' own Khmer number labels.</summary>
public sealed class NativeDigitChartTests(BrowserFixture browser, KhmerDigitDataSiteServed site) : IClassFixture<BrowserFixture>, IClassFixture<KhmerDigitDataSiteServed>
{
    [Fact]
    public async Task Chromium_draws_the_Khmer_tick_labels_doughnut_shares_and_hover_values()
    {
        await using var watch = await browser.OpenAsync();
        var page = watch.Page;
        await watch.GoAsync(site.Server.Url("km/countries/kh/index.html"));
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#chart-cycles.has-chart")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        var ticks = await page.Locator("#chart-cycles .ytick text").AllTextContentsAsync();
        var slices = await page.Locator("#chart-responses text.slicetext").AllTextContentsAsync();

        Assert.Equal(["០", "៥០", "១០០", "១៥០", "២០០", "២៥០"], ticks);
        // Each slice names its response (two lines: the name, then the share), so colour is not the only cue.
        Assert.Equal(["បានគាំទ្រ៦៦,៧%", "បានកត់សម្គាល់៣៣,៣%"], slices);

        await page.Locator("#chart-cycles .point path").First.HoverAsync(new() { Force = true });
        var hover = page.Locator("#chart-cycles .hoverlayer");
        await Microsoft.Playwright.Assertions.Expect(hover).ToContainTextAsync("១៦៣");
        Assert.DoesNotMatch("[0-9]", await hover.TextContentAsync() ?? string.Empty);
    }
}
