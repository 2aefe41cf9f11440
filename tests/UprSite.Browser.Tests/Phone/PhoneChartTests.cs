using UprSite.Browser.Tests.Support;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Phone;

/// <summary>
/// Charts laid out for the width they get: on a phone horizontal bars name their categories above the bars and keep
/// most of the width for the bars; on a phone and a desktop every axis title lies inside its chart's SVG.
/// </summary>
public sealed class PhoneChartTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en", 390)]
    [InlineData("fr", 390)]
    [InlineData("km", 390)]
    [InlineData("km", 1280)]
    [InlineData("fr", 1280)]
    public async Task Axis_titles_stay_inside_the_chart_and_bars_keep_a_usable_plot_area(string language, int width)
    {
        await using var watch = await browser.OpenAsync(width, 844);
        await watch.GoAsync(browser.Sample.Url($"{language}/countries/kh/index.html"));
        await PhoneProbe.SettleAsync(watch.Page);

        // On a phone the bars keep most of the width; on a desktop long names may take up to half of it.
        var charts = await PhoneProbe.ChartsAsync(watch.Page, width < 600 ? 0.7 : 0.5);
        foreach (var chart in charts)
        {
            output.WriteLine(chart);
        }

        Assert.True(charts.Length >= 8, $"{charts.Length} charts drawn");
        Assert.Contains(charts, c => c.Contains("plot area", StringComparison.Ordinal));
        Assert.True(charts.Count(c => c.Contains("axis title", StringComparison.Ordinal) && !c.Contains(": 0 axis", StringComparison.Ordinal)) >= 5);
        Assert.All(charts, c => Assert.StartsWith("ok ", c, StringComparison.Ordinal));
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task A_chart_drawn_on_a_phone_is_laid_out_again_when_the_screen_widens()
    {
        await using var watch = await browser.OpenAsync(390, 844);
        await watch.GoAsync(browser.Sample.Url("en/countries/kh/index.html"));
        await PhoneProbe.SettleAsync(watch.Page);
        var names = watch.Page.Locator("#chart-themes .annotation-text-g");
        var ticks = watch.Page.Locator("#chart-themes .ytick text");
        Assert.Equal(10, await names.CountAsync());
        Assert.Equal(0, await ticks.CountAsync());

        await watch.Page.SetViewportSizeAsync(1280, 844);
        await Microsoft.Playwright.Assertions.Expect(names).ToHaveCountAsync(0);
        Assert.Equal(10, await ticks.CountAsync());
        Assert.All(await PhoneProbe.ChartsAsync(watch.Page, 0.5), c => Assert.StartsWith("ok ", c, StringComparison.Ordinal));
        await watch.AssertCleanAsync();
    }
}
