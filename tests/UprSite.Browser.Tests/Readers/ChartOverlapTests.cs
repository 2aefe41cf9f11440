using UprSite.Browser.Tests.Phone;
using UprSite.Browser.Tests.Support;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Readers;

/// <summary>
/// Every chart of a country page, in English, French and Khmer, on a 390 px phone and a 1280 px desktop: no tick
/// label touches an axis title, and no label, title or legend overlaps another or leaves the chart. The many-country
/// sample adds the comparison pages' charts.
/// </summary>
public sealed class ChartOverlapTests(BrowserFixture browser, NetworkSampleServed network, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<NetworkSampleServed>
{
    [Theory]
    [InlineData("en", 390)]
    [InlineData("fr", 390)]
    [InlineData("km", 390)]
    [InlineData("en", 1280)]
    [InlineData("fr", 1280)]
    [InlineData("km", 1280)]
    public async Task The_words_of_the_country_pages_charts_never_overlap(string language, int width)
    {
        var charts = await MeasureAsync(browser.Sample.Url($"{language}/countries/kh/index.html"), width);

        Assert.True(charts.Length >= 10, $"{charts.Length} charts");
        Assert.True(charts.Count(c => c.Titles > 0 && c.Ticks > 0) >= 8, "few charts with an axis title and tick labels");
        Assert.Contains(charts, c => c.Legends > 0);
        AssertNoProblems(charts);
    }

    [Theory]
    [InlineData("km/compare/regions/index.html", 390)]
    [InlineData("fr/compare/issues/index.html", 390)]
    [InlineData("en/compare/cycles/index.html", 1280)]
    public async Task The_words_of_the_comparison_charts_never_overlap(string path, int width)
    {
        var charts = await MeasureAsync(network.Server.Url(path), width);

        Assert.NotEmpty(charts);
        Assert.All(charts, c => Assert.True(c.Ticks > 0, $"{c.Id} has no tick labels"));
        AssertNoProblems(charts);
    }

    private async Task<ChartOverlapProbe.Chart[]> MeasureAsync(string url, int width)
    {
        await using var watch = await browser.OpenAsync(width, 844);
        await watch.GoAsync(url);
        await PhoneProbe.SettleAsync(watch.Page);
        var charts = await ChartOverlapProbe.MeasureAsync(watch.Page);
        foreach (var chart in charts)
        {
            output.WriteLine($"{chart.Id}: {chart.Ticks} tick labels, {chart.Titles} titles, {chart.Legends} legends, {chart.Problems.Length} problems");
        }

        await watch.AssertCleanAsync();
        return charts;
    }

    private static void AssertNoProblems(ChartOverlapProbe.Chart[] charts)
    {
        var problems = charts.SelectMany(c => c.Problems.Select(p => $"{c.Id}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
    }
}
