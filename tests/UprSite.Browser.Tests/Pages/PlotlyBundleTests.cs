using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;
using UprSite.Build.Charts;

namespace UprSite.Browser.Tests.Pages;

/// <summary>
/// The site serves plotly.js's basic bundle (scripts/install-plotly.sh), a third of the full one, and every chart of
/// the dashboard draws exactly as the full bundle Plotly.NET carries draws it, under netlify.toml's policy.
/// </summary>
public sealed class PlotlyBundleTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Every mark plotly.js draws (bars, slices, lines, axes, legend) and every label, chart by chart; the ids of fill
    // patterns are random on each draw, so only their use is compared.
    private const string Drawing = """
        () => [...document.querySelectorAll('section.chart')].map(section =>
          section.id + '\n' + [...section.querySelectorAll('.chart-canvas svg.main-svg path, .chart-canvas svg.main-svg text')]
            .map(e => e.tagName === 'path' ? e.getAttribute('d') + ' ' + (e.getAttribute('style') || '').replace(/url\("#[^"]*"\)/g, 'url(pattern)') : 'text ' + e.textContent).join('\n'))
        """;

    // A trace type the full bundle has and the basic one leaves out.
    private const string HasHeatmap = "() => 'heatmap' in window.Plotly.PlotSchema.get().traces";

    [Theory]
    [InlineData("en")]
    [InlineData("km")]
    public async Task Every_chart_draws_the_same_with_the_basic_bundle_as_with_the_full_one(string language)
    {
        var full = PlotlyScript.Files()[0].Content;
        Assert.True(full.Length > 3_000_000, $"Plotly.NET's bundle is {full.Length} bytes");

        await using var basic = await OpenAsync(language, null);
        var served = await basic.Page.EvaluateAsync<string>(
            "async () => (await (await fetch(document.querySelector('script[data-plotly]').getAttribute('data-plotly'))).text()).slice(0, 120)");
        Assert.Contains("plotly.js (basic - minified) v2.28.0", served, StringComparison.Ordinal);
        var basicDrawing = await basic.Page.EvaluateAsync<string[]>(Drawing);
        Assert.False(await basic.Page.EvaluateAsync<bool>(HasHeatmap));

        await using var reference = await OpenAsync(language, full);
        Assert.Equal(basicDrawing.Length, await reference.Page.Locator("section.chart").CountAsync());
        var fullDrawing = await reference.Page.EvaluateAsync<string[]>(Drawing);
        Assert.True(await reference.Page.EvaluateAsync<bool>(HasHeatmap), "the reference page did not get the full bundle");

        Assert.True(basicDrawing.Length >= 10, $"{basicDrawing.Length} charts");
        for (var i = 0; i < basicDrawing.Length; i++)
        {
            Assert.True(basicDrawing[i].Split('\n').Length > 3, $"chart {i} drew almost nothing: {basicDrawing[i]}");
            Assert.Equal(fullDrawing[i], basicDrawing[i]);
        }

        await basic.AssertCleanAsync();
        await reference.AssertCleanAsync();
    }

    /// <param name="bundle">The plotly.js to serve instead of the site's own; null: the site's.</param>
    private async Task<PageWatch> OpenAsync(string language, byte[]? bundle)
    {
        var watch = await browser.OpenAsync(warnings: true);
        if (bundle is not null)
        {
            await watch.Page.RouteAsync("**/assets/js/plotly.*.min.js", route => route.FulfillAsync(new()
            {
                Status = 200,
                ContentType = "text/javascript",
                BodyBytes = bundle,
            }));
        }

        await watch.GoAsync(browser.Sample.Url($"{language}/countries/kh/index.html"));
        var count = await watch.Page.Locator("section.chart").CountAsync();
        await Assertions.Expect(watch.Page.Locator("section.chart.has-chart")).ToHaveCountAsync(count, new() { Timeout = 30_000 });
        return watch;
    }
}
