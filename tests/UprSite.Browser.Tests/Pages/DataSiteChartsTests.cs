using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>The data site's dashboard and explorer in Chromium, under netlify.toml's Content-Security-Policy.</summary>
public sealed class DataSiteChartsTests(BrowserFixture browser, DataSiteServed site) : IClassFixture<BrowserFixture>, IClassFixture<DataSiteServed>
{
    [Fact]
    public async Task Every_chart_is_drawn_under_a_strict_csp_without_errors_and_prints_as_its_table()
    {
        await using var watch = await browser.OpenAsync(warnings: true);
        await watch.GoAsync(site.Server.Url("en/countries/kh/index.html"));
        var page = watch.Page;
        var charts = page.Locator("section.chart");
        var count = await charts.CountAsync();
        Assert.Equal(8, count);
        await Assertions.Expect(page.Locator("section.chart.has-chart")).ToHaveCountAsync(count, new() { Timeout = 30_000 });

        for (var i = 0; i < count; i++)
        {
            Assert.True(await charts.Nth(i).Locator(".chart-canvas svg.main-svg").CountAsync() > 0);
            Assert.Equal("false", await charts.Nth(i).Locator(".chart-table-toggle").GetAttributeAsync("aria-expanded"));
        }

        // The bar's colour and the chart's font are the theme's tokens (tokens.css), read by charts.js.
        var supportedBar = await page.Locator("#chart-cycles .chart-canvas .point path").First.EvaluateAsync<string>("p => getComputedStyle(p).fill");
        Assert.Equal("rgb(12, 57, 26)", supportedBar);
        var tickFont = await page.Locator("#chart-cycles .ytick text").First.EvaluateAsync<string>("t => t.style.fontFamily");
        Assert.StartsWith("\"Noto Sans\", \"Noto Sans Khmer\", \"Khmer OS\"", tickFont, StringComparison.Ordinal);
        await watch.AssertCleanAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("#chart-cycles .chart-canvas").IsVisibleAsync());
        var table = await page.Locator("#chart-cycles .chart-table").BoundingBoxAsync();
        Assert.True(table!.Width > 300 && table.Height > 40, $"the table prints at {table.Width}×{table.Height}");
    }

    [Fact]
    public async Task The_explorer_filters_rows_in_the_browser_and_keeps_the_filters_in_the_address()
    {
        await using var watch = await browser.OpenAsync(warnings: true);
        await watch.GoAsync(site.Server.Url("en/countries/kh/recommendations/index.html?state=japan"));
        var page = watch.Page;
        var visible = page.Locator("#recommendations tbody tr:not([hidden])");

        await page.Locator("#recommendations[data-rendered]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.True(await page.Locator("#explorer-filters").IsVisibleAsync());
        Assert.Equal(2, await visible.CountAsync());
        Assert.Equal("2 of 6 recommendations by State", await page.Locator("#explorer-count").TextContentAsync());

        await page.SelectOptionAsync("#filter-state", "");
        await page.SelectOptionAsync("#filter-theme", "Right to land");
        await Assertions.Expect(visible).ToHaveCountAsync(3);
        await page.FillAsync("#filter-q", "communautes consulted");
        await Assertions.Expect(visible).ToHaveCountAsync(0);
        Assert.True(await page.Locator("#explorer-empty").IsVisibleAsync());
        await page.FillAsync("#filter-q", "communities consulted");
        await Assertions.Expect(visible).ToHaveCountAsync(1);
        Assert.Equal("rec-t-4", await visible.First.GetAttributeAsync("id"));
        Assert.EndsWith("?theme=Right+to+land&q=communities+consulted", page.Url, StringComparison.Ordinal);
        await watch.AssertCleanAsync();
    }
}
