using System.Text.Json;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>Khmer set right: a Khmer font really renders it, stacked characters fit their lines, nothing overflows on a phone.</summary>
public sealed class KhmerLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task No_page_overflows_a_360_pixel_phone_screen()
    {
        var failures = new List<string>();
        foreach (var (type, path) in PageTypes.Of(browser.SampleOutput))
        {
            await using var watch = await browser.OpenAsync(width: 360, height: 740);
            await watch.GoAsync(browser.Sample.Url(path));
            failures.AddRange((await LayoutProbe.OverflowsAsync(watch.Page)).Select(p => $"{type} ({path}): {p}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("km/countries/kh/factsheets/land/index.html", 360)]
    [InlineData("km/countries/kh/index.html", 360)]
    [InlineData("km/pages/upr-process/index.html", 1280)]
    public async Task Stacked_Khmer_characters_fit_inside_their_line_height(string path, int width)
    {
        await using var watch = await browser.OpenAsync(width: width);
        await watch.GoAsync(browser.Sample.Url(path));

        var lines = await LayoutProbe.KhmerLinesAsync(watch.Page);

        Assert.True(lines.Length >= 5, $"only {lines.Length} Khmer text elements measured");
        Assert.Contains(lines, l => l.Ink > l.FontSize * 1.2);
        var cramped = lines.Where(l => l.Ink > l.LineHeight).Select(l => $"{l.Element} '{l.Text}': ink {l.Ink:0.0}px > line {l.LineHeight:0.0}px").ToList();
        Assert.True(cramped.Count == 0, string.Join('\n', cramped));
    }

    [Theory]
    [InlineData("km/countries/kh/factsheets/land/index.html", "h1")]
    [InlineData("km/countries/kh/factsheets/land/index.html", ".factsheet-context p")]
    [InlineData("km/index.html", ".site-title")]
    public async Task Khmer_text_is_drawn_with_a_Khmer_font_and_Latin_text_with_a_Latin_one(string path, string selector)
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url(path));
        var cdp = await watch.Page.Context.NewCDPSessionAsync(watch.Page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var node = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object>
        {
            ["nodeId"] = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32(),
            ["selector"] = selector,
        });
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object>
        {
            ["nodeId"] = node!.Value.GetProperty("nodeId").GetInt32(),
        });

        var families = fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => f.GetProperty("familyName").GetString()!).ToList();
        Assert.True(families.Any(f => f.Contains("Khmer", StringComparison.Ordinal)), "fonts used: " + JsonSerializer.Serialize(families));
        Assert.DoesNotContain(families, f => f.Contains("Last Resort", StringComparison.Ordinal));
    }
}
