using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UprSite.Build.Charts;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages;

/// <summary>
/// On a page written in Khmer digits the charts carry their own number labels; elsewhere plotly's are kept. Chromium
/// drawing them: UprSite.Browser.Tests, Pages/NativeDigitChartTests.
/// </summary>
public sealed class NativeDigitChartTests : IDisposable
{
    private readonly TestSite _site = DataSite.Create().Write("site.yml", TestSite.MinimalSiteYml.Replace(
        "{code: km, label: ខ្មែរ, locale: km-KH}", "{code: km, label: ខ្មែរ, locale: km-KH, digits: native}", StringComparison.Ordinal));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Khmer_charts_label_the_value_axis_and_the_hover_values_in_Khmer_digits()
    {
        Assert.True(_site.Build().Succeeded);

        var cycles = Figure("km", "chart-cycles");
        var axis = cycles.GetProperty("layout").GetProperty("yaxis");
        // The declared 205 recommendations of cycle 2 (163 supported, 42 noted): ticks every 50 up to 250.
        Assert.Equal(["០", "៥០", "១០០", "១៥០", "២០០", "២៥០"], axis.GetProperty("ticktext").EnumerateArray().Select(t => t.GetString()!));
        Assert.Equal([0.0, 250.0], axis.GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(["១៦៣", "៤២"], cycles.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("customdata")[0].GetString()!));

        var responses = Figure("km", "chart-responses").GetProperty("data")[0];
        Assert.Equal(["៦៦,៧%", "៣៣,៣%"], responses.GetProperty("text").EnumerateArray().Select(t => t.GetString()!));
        Assert.All(Figure("km", "chart-themes").GetProperty("layout").GetProperty("xaxis").GetProperty("ticktext").EnumerateArray(),
            t => Assert.DoesNotMatch("[0-9]", t.GetString()!));
    }

    [Fact]
    public void Pages_in_Latin_digits_keep_plotlys_own_ticks_and_hover()
    {
        Assert.True(_site.Build().Succeeded);

        var cycles = Figure("en", "chart-cycles");
        Assert.False(cycles.GetProperty("layout").GetProperty("yaxis").TryGetProperty("ticktext", out _));
        Assert.False(cycles.GetProperty("data")[0].TryGetProperty("customdata", out _));
    }

    [Property(MaxTest = 300)]
    public Property Count_ticks_start_at_0_step_evenly_by_1_2_or_5_times_a_power_of_10_and_reach_the_largest_value(PositiveInt largest)
    {
        var ticks = NativeDigitLabels.CountTicks(largest.Get);
        var step = ticks[1] - ticks[0];
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        return (ticks[0] == 0 && ticks[^1] >= largest.Get && ticks[^1] - step < largest.Get
            && ticks.Zip(ticks.Skip(1)).All(p => Math.Abs(p.Second - p.First - step) < 1e-9)
            && new[] { 1.0, 2.0, 5.0 }.Any(m => Math.Abs(mantissa - m) < 1e-9)
            && ticks.Count is >= 2 and <= 6).ToProperty();
    }

    [Theory]
    [InlineData(0.0, new[] { 0.0, 1.0 })]
    [InlineData(0.3, new[] { 0.0, 1.0 })]
    [InlineData(1.5, new[] { 0.0, 1.0, 2.0 })]
    [InlineData(275.0, new[] { 0.0, 100.0, 200.0, 300.0 })]
    public void Count_ticks_for_nothing_fractions_and_a_real_cycle(double largest, double[] ticks) =>
        Assert.Equal(ticks, NativeDigitLabels.CountTicks(largest));

    private JsonElement Figure(string language, string chartId)
    {
        var page = DataSite.Page(_site, $"{language}/countries/kh/index.html");
        var canvas = page.QuerySelector($"#{chartId} .chart-canvas[data-chart]")!;
        return JsonDocument.Parse(page.GetElementById(canvas.GetAttribute("data-chart")!)!.TextContent).RootElement.Clone();
    }
}
