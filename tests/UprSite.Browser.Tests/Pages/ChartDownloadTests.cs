using System.Xml.Linq;
using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Pages;

/// <summary>
/// A chart downloaded from a phone, as a journalist puts it on a slide: a PNG and an SVG at the export size, on a solid
/// background, with the chart's title, source, date, site and licence, named for the country, chart and language.
/// </summary>
public sealed class ChartDownloadTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const int ExportWidth = 1200;

    [Fact]
    public async Task The_png_of_a_chart_is_opaque_at_the_export_size_whatever_the_screen()
    {
        await using var watch = await OpenDashboardAsync("fr");
        var (name, bytes) = await DownloadAsync(watch.Page, "#chart-cycles", "png");

        Assert.Equal("kh-cycles-fr.png", name);
        var png = PngImage.Decode(bytes);
        Assert.Equal(ExportWidth * 2, png.Width);
        Assert.InRange(png.Height, 900, 2400);
        var transparent = 0;
        var supported = 0;
        for (var y = 0; y < png.Height; y += 3)
        {
            for (var x = 0; x < png.Width; x += 3)
            {
                var p = png.Pixel(x, y);
                transparent += p.A < 255 ? 1 : 0;
                supported += (p.R, p.G, p.B) == (0x0c, 0x39, 0x1a) ? 1 : 0;
            }
        }

        Assert.Equal(0, transparent);
        Assert.Equal((255, 255, 255, 255), png.Pixel(0, 0));
        Assert.Equal((255, 255, 255, 255), png.Pixel(png.Width - 1, png.Height - 1));
        // The bars are drawn in the theme's supported colour (tokens.css), so the chart itself is in the picture.
        Assert.True(supported > 1000, $"{supported} sampled pixels of the supported colour");
        await watch.AssertCleanAsync();
    }

    [Theory]
    [InlineData("fr", "#chart-cycles", "kh-cycles-fr.svg", "Recommandations reçues à chaque cycle, et la réponse", "A/HRC/13/4", "Données au 8 mai 2024", "Coalition cambodgienne pour l'EPU", "CC BY 4.0 : réutilisation")]
    [InlineData("en", "#chart-responses", "kh-responses-en.svg", "Supported and noted recommendations", "Counted from the 30 recommendations by State this site holds", "Data as of 8 May 2024", "Cambodia UPR Coalition", "CC BY 4.0: reuse the charts")]
    [InlineData("km", "#chart-theme-trends", "kh-theme-trends-km.svg", "ប្រធានបទតាមវដ្តនីមួយៗ", "ប្រភព៖", "ទិន្នន័យគិតត្រឹម ៨ ឧសភា ២០២៤", "សម្ព័ន្ធ UPR កម្ពុជា", "CC BY 4.0៖")]
    public async Task The_svg_of_a_chart_carries_its_title_source_date_site_and_licence_on_a_solid_background(
        string language, string chart, string file, string title, string source, string asOf, string site, string licence)
    {
        await using var watch = await OpenDashboardAsync(language);
        var (name, bytes) = await DownloadAsync(watch.Page, chart, "svg");

        Assert.Equal(file, name);
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ExportWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)svg.Attribute("width"));
        var background = svg.Elements(ns + "rect").First();
        Assert.Equal(("100%", "100%", "#ffffff"), ((string?)background.Attribute("width"), (string?)background.Attribute("height"), (string?)background.Attribute("fill")));
        var ownLines = svg.Elements(ns + "text").Select(t => t.Value).ToList();
        var words = string.Join(" ", ownLines);
        Assert.StartsWith(title, ownLines[0], StringComparison.Ordinal);
        Assert.Contains(source, words, StringComparison.Ordinal);
        Assert.Contains(asOf, ownLines);
        Assert.Contains(ownLines, l => l.StartsWith(site, StringComparison.Ordinal));
        Assert.Contains(ownLines, l => l.StartsWith(licence, StringComparison.Ordinal));
        // The chart itself is inside: plotly.js's drawing with its bars.
        Assert.Contains(svg.Descendants(ns + "g"), g => ((string?)g.Attribute("class"))?.Contains("trace", StringComparison.Ordinal) == true);
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task Noted_bars_are_hatched_in_the_download_so_colour_is_not_the_only_difference()
    {
        await using var watch = await OpenDashboardAsync("en");
        var (_, bytes) = await DownloadAsync(watch.Page, "#chart-states", "svg");
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";

        var patterns = svg.Descendants(ns + "pattern").ToList();
        Assert.NotEmpty(patterns);
        var filled = svg.Descendants(ns + "path").Count(p => ((string?)p.Attribute("style"))?.Contains("url(", StringComparison.Ordinal) == true);
        Assert.True(filled > 0, "no bar is filled with a pattern");
        await watch.AssertCleanAsync();
    }

    [Theory]
    [InlineData("fr", "#chart-implementation-cycles")]
    [InlineData("fr", "#chart-implementation-themes")]
    [InlineData("en", "#chart-implementation-cycles")]
    public async Task The_axis_title_of_a_download_stays_inside_its_chart(string language, string chart)
    {
        await using var watch = await OpenDashboardAsync(language);
        var (_, bytes) = await DownloadAsync(watch.Page, chart, "svg");

        // The download drawn on a page of its own (the site's CSP refuses plotly's style attributes), then measured.
        var drawn = await watch.Page.Context.NewPageAsync();
        await drawn.SetContentAsync("<!DOCTYPE html><html><body style=\"margin:0\">" + System.Text.Encoding.UTF8.GetString(bytes) + "</body></html>");
        var titles = await drawn.EvaluateAsync<string[]>("""
            () => {
              // A nested SVG's client rect is the box of what it draws; its viewport is its size at its place.
              const inner = document.querySelector('svg svg');
              const at = inner.getScreenCTM();
              const chart = { left: at.e, top: at.f, right: at.e + inner.width.baseVal.value, bottom: at.f + inner.height.baseVal.value };
              return Array.from(document.querySelectorAll('text.xtitle, text.ytitle')).filter(t => t.textContent.trim()).map(t => {
                const b = t.getBoundingClientRect();
                const inside = b.left >= chart.left - 0.5 && b.right <= chart.right + 0.5 && b.top >= chart.top - 0.5 && b.bottom <= chart.bottom + 0.5;
                return `${inside ? 'ok' : 'bad'} "${t.textContent}" at ${Math.round(b.left)}..${Math.round(b.right)} x ${Math.round(b.top)}..${Math.round(b.bottom)} in ${Math.round(chart.left)}..${Math.round(chart.right)} x ${Math.round(chart.top)}..${Math.round(chart.bottom)}`;
              });
            }
            """);
        await drawn.CloseAsync();
        foreach (var title in titles)
        {
            output.WriteLine(title);
        }

        Assert.Single(titles);
        Assert.All(titles, t => Assert.StartsWith("ok ", t, StringComparison.Ordinal));
        await watch.AssertCleanAsync();
    }

    private async Task<PageWatch> OpenDashboardAsync(string language)
    {
        var watch = await browser.OpenAsync(width: 390, height: 844);
        await watch.GoAsync(browser.Sample.Url($"{language}/countries/kh/index.html"));
        var count = await watch.Page.Locator("section.chart").CountAsync();
        await Assertions.Expect(watch.Page.Locator("section.chart.has-chart")).ToHaveCountAsync(count, new() { Timeout = 30_000 });
        return watch;
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string chart, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.Locator($"{chart} button.chart-image[data-format={format}]").ClickAsync(), new() { Timeout = 30_000 });
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
