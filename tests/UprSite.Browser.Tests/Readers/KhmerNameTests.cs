using UprSite.Browser.Tests.Phone;
using UprSite.Browser.Tests.Support;
using UprSite.Core.Reference;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Readers;

/// <summary>
/// Khmer State names in tables and headings break only at a space they hold, on a 390 px phone and a 1280 px desktop:
/// the comparison tables, the indexes of countries and States, a State's page across the countries, a country's
/// dashboard, its explorer (rows the script draws) and a recommending State's page. On the same visits: no page is
/// wider than the screen, and no English theme name in the explorer's rows goes without its lang.
/// </summary>
public sealed class KhmerNameTests(BrowserFixture browser, NetworkSampleServed network, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<NetworkSampleServed>
{
    private static readonly string[] Pages =
    [
        "km/compare/cycles/index.html", "km/compare/issues/index.html", "km/compare/regions/index.html",
        "km/compare/categories/index.html", "km/countries/index.html", "km/states/index.html", "km/states/china/index.html",
        "km/countries/st/index.html", "km/countries/st/recommendations/index.html", "km/countries/st/states/china/index.html",
    ];

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task No_Khmer_State_name_breaks_inside_a_word(int width)
    {
        var names = UnStates.All.Select(s => s.KhmerName).Where(n => n.Length > 0).Distinct().ToList();
        var problems = new List<string>();
        var spaced = 0;
        foreach (var path in Pages)
        {
            await using var watch = await browser.OpenAsync(width, 900);
            await watch.GoAsync(network.Server.Url(path));
            await PhoneProbe.SettleAsync(watch.Page);
            var finding = await KhmerNameProbe.BrokenNamesAsync(watch.Page, names);
            output.WriteLine($"{path}: {finding.Checked} names ({finding.WithSpace} with a space), {finding.Broken.Length} broken");
            Assert.True(finding.Checked >= 4, $"{path}: only {finding.Checked} Khmer State names found");
            spaced += finding.WithSpace;
            problems.AddRange(finding.Broken.Select(b => $"{path}: {b}"));
            // The same visit: nothing reaches past the screen (a State's page was 492 px wide on a phone, its row
            // labels too wide), and the explorer's rows mark theme names left in English with their language.
            problems.AddRange((await PhoneProbe.WiderThanScreenAsync(watch.Page)).Select(w => $"{path} at {width} px: {w}"));
            if (path.Contains("/recommendations/", StringComparison.Ordinal))
            {
                var rows = await watch.Page.Locator("#recommendations tbody tr").CountAsync();
                Assert.True(rows >= 20, $"{path}: {rows} explorer rows");
                problems.AddRange((await ReaderProbe.UnmarkedLatinInExplorerAsync(watch.Page)).Select(t => $"{path}: \"{t}\" has no lang"));
            }

            await watch.AssertCleanAsync();
        }

        Assert.True(spaced >= 10, $"{spaced} names holding a space were measured");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct().Take(30)));
    }
}
