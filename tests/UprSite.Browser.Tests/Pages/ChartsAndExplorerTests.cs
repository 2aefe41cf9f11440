using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>The country dashboard's charts and the explorer, in every language, under netlify.toml's policy; no hidden link in the tab order.</summary>
public sealed class ChartsAndExplorerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("km")]
    [InlineData("fr")]
    public async Task Every_chart_of_the_dashboard_is_drawn_as_SVG(string language)
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url($"{language}/countries/kh/index.html"));
        var charts = watch.Page.Locator("section.chart");
        var count = await charts.CountAsync();

        Assert.True(count >= 4, $"{count} charts on the dashboard");
        await Assertions.Expect(watch.Page.Locator("section.chart.has-chart")).ToHaveCountAsync(count, new() { Timeout = 30_000 });
        for (var i = 0; i < count; i++)
        {
            Assert.True(await charts.Nth(i).Locator(".chart-canvas svg").CountAsync() > 0, $"chart {i} has no SVG");
        }

        // A keyboard user never tabs onto what no one sees: the links of a collapsed data table (kept for screen
        // readers) are out of the tab order until its button opens it.
        var reached = await Readers.ReaderProbe.InvisibleInTabOrderAsync(watch.Page);
        Assert.True(int.Parse(reached[0]["tabbable ".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 20, reached[0]);
        Assert.True(reached.Length == 1, string.Join('\n', reached.Skip(1).Take(20)));
        var tableLinks = watch.Page.Locator("#chart-states .chart-table a[href]");
        Assert.True(await tableLinks.CountAsync() >= 5, "the States chart's table has few links");
        await watch.Page.ClickAsync("#chart-states .chart-table-toggle");
        Assert.Equal(0, await watch.Page.Locator("#chart-states .chart-table a[tabindex='-1']").CountAsync());
        await tableLinks.First.FocusAsync();
        Assert.True(await tableLinks.First.EvaluateAsync<bool>("a => document.activeElement === a && a.getBoundingClientRect().width > 1"));

        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task The_Khmer_explorer_filters_rows_by_State_and_response()
    {
        await using var watch = await browser.OpenAsync(width: 360, height: 740);
        await watch.GoAsync(browser.Sample.Url("km/countries/kh/recommendations/index.html"));
        var rows = watch.Page.Locator("#recommendations tbody tr:not([hidden])");
        await watch.Page.Locator("#recommendations[data-rendered]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var all = await rows.CountAsync();
        Assert.True(await watch.Page.Locator("#explorer-filters").IsVisibleAsync());
        // On a phone the filters are folded into a panel: open it.
        await watch.Page.ClickAsync("#explorer-filter-panel > summary");

        var before = await watch.Page.GetAttributeAsync("#recommendations", "data-rendered");
        await watch.Page.SelectOptionAsync("#filter-response", "noted");
        await watch.Page.WaitForFunctionAsync("b => document.getElementById('recommendations').getAttribute('data-rendered') !== b", before);
        var noted = await rows.CountAsync();
        Assert.InRange(noted, 1, all - 1);
        Assert.Equal(noted, await rows.Locator(".response-noted").CountAsync());

        Assert.Contains("response=noted", watch.Page.Url);
        Assert.Equal("km", await watch.Page.GetAttributeAsync("html", "lang"));
        await watch.Page.ClickAsync("#explorer-filters button[type=reset]");
        await Assertions.Expect(rows).ToHaveCountAsync(all);
        await watch.AssertCleanAsync();
    }
}
