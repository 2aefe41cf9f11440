using Microsoft.Playwright;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

/// <summary>The built pages in real Chromium, served with a strict Content-Security-Policy.</summary>
public sealed class ChartsInBrowserTests : IAsyncLifetime
{
    private readonly TestSite _site = DataSite.Create();
    private readonly List<string> _consoleErrors = [];
    private StrictCspServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(_site.Build().Succeeded);
        _server = new StrictCspServer(_site.Output);
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser!.CloseAsync();
        _playwright!.Dispose();
        _server!.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Every_chart_is_drawn_under_a_strict_csp_without_errors_and_prints_as_its_table()
    {
        var page = await Open("en/countries/kh/index.html");
        var charts = page.Locator("section.chart");
        var count = await charts.CountAsync();
        Assert.Equal(8, count);
        await Assertions.Expect(page.Locator("section.chart.has-chart")).ToHaveCountAsync(count, new() { Timeout = 30_000 });

        for (var i = 0; i < count; i++)
        {
            Assert.True(await charts.Nth(i).Locator(".chart-canvas svg.main-svg").CountAsync() > 0);
            Assert.Equal("false", await charts.Nth(i).Locator(".chart-table-toggle").GetAttributeAsync("aria-expanded"));
        }

        var supportedBar = await page.Locator("#chart-cycles .chart-canvas .point path").First.EvaluateAsync<string>("p => getComputedStyle(p).fill");
        Assert.Equal("rgb(27, 127, 59)", supportedBar);
        Assert.True(_consoleErrors.Count == 0, string.Join("\n", _consoleErrors));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("#chart-cycles .chart-canvas").IsVisibleAsync());
        var table = await page.Locator("#chart-cycles .chart-table").BoundingBoxAsync();
        Assert.True(table!.Width > 300 && table.Height > 40, $"the table prints at {table.Width}×{table.Height}");
    }

    [Fact]
    public async Task The_explorer_filters_rows_in_the_browser_and_keeps_the_filters_in_the_address()
    {
        var page = await Open("en/countries/kh/recommendations/index.html?state=japan");
        var visible = page.Locator("#recommendations tbody tr:not([hidden])");

        Assert.True(await page.Locator("#explorer-filters").IsVisibleAsync());
        Assert.Equal(2, await visible.CountAsync());
        Assert.Equal("2 of 6 recommendations", await page.Locator("#explorer-count").TextContentAsync());

        await page.SelectOptionAsync("#filter-state", "");
        await page.SelectOptionAsync("#filter-theme", "Right to land");
        Assert.Equal(3, await visible.CountAsync());
        await page.FillAsync("#filter-q", "communautes consulted");
        await Assertions.Expect(visible).ToHaveCountAsync(0);
        Assert.True(await page.Locator("#explorer-empty").IsVisibleAsync());
        await page.FillAsync("#filter-q", "communities consulted");
        await Assertions.Expect(visible).ToHaveCountAsync(1);
        Assert.Equal("rec-t-4", await visible.First.GetAttributeAsync("id"));
        Assert.EndsWith("?theme=Right+to+land&q=communities+consulted", page.Url, StringComparison.Ordinal);
        Assert.True(_consoleErrors.Count == 0, string.Join("\n", _consoleErrors));
    }

    private async Task<IPage> Open(string path)
    {
        var page = await _browser!.NewPageAsync();
        page.Console += (_, message) =>
        {
            // Chromium asks every server for /favicon.ico; the site has none, which is no fault of the page.
            if (message.Type is "error" or "warning" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                _consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        await page.GotoAsync(_server!.BaseUrl + path);
        return page;
    }
}
