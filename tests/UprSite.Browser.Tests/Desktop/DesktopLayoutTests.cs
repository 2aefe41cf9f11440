using UprSite.Browser.Tests.Phone;
using UprSite.Browser.Tests.Support;
using UprSite.Cli.Preview;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Desktop;

/// <summary>
/// The sample and the many-country sample on a 1280 px desktop: no element reaches past its container, no chart's
/// axis title past its chart and no column's name into its neighbour's, on one page of every kind; the explorer's text column has room and its filter controls
/// and buttons line up as the site's controls; the group tables of the countries and States indexes share their columns.
/// </summary>
public sealed class DesktopLayoutTests(BrowserFixture browser, NetworkSampleServed network, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<NetworkSampleServed>
{
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 900;

    /// <summary>The recommendation column's least share of the explorer table (it had 23 % in French, the status column 25 %).</summary>
    private const double TextShare = 0.30;

    [Fact]
    public async Task No_element_of_any_page_kind_overflows_its_container_nor_an_axis_title_its_chart_nor_a_column_name_its_neighbour()
    {
        var problems = new List<string>();
        // The many-country sample adds the kinds only such a site has (countries, States, comparisons).
        var sample = OneOfEachKind(browser.SampleOutput, browser.Sample, new HashSet<string>()).ToList();
        var pages = sample.Concat(OneOfEachKind(network.Output, network.Server, sample.Select(p => KindOf(p.Type)).ToHashSet())).ToList();
        Assert.True(pages.Count >= 15, $"{pages.Count} page kinds");
        foreach (var (type, url) in pages)
        {
            await using var watch = await browser.OpenAsync(DesktopWidth, DesktopHeight);
            await watch.GoAsync(url);
            await PhoneProbe.SettleAsync(watch.Page);
            var overflowing = await DesktopProbe.OverflowingTheirContainerAsync(watch.Page);
            var charts = await PhoneProbe.ChartsAsync(watch.Page, 0.5);
            var touching = await DesktopProbe.TouchingTickLabelsAsync(watch.Page);
            problems.AddRange(touching.Select(t => $"{type}: {t}"));
            output.WriteLine($"{type}: {overflowing.Length} overflowing, {touching.Length} names touching, {charts.Length} charts, {charts.Count(c => c.StartsWith("bad", StringComparison.Ordinal))} bad");
            problems.AddRange(overflowing.Select(o => $"{type}: {o}"));
            problems.AddRange(charts.Where(c => c.StartsWith("bad", StringComparison.Ordinal)).Select(c => $"{type}: {c}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public async Task The_explorer_gives_the_text_room_and_lines_up_its_filters_and_buttons(string language)
    {
        await using var watch = await browser.OpenAsync(DesktopWidth, DesktopHeight);
        await watch.GoAsync(browser.Sample.Url($"{language}/countries/kh/recommendations/"));
        await PhoneProbe.SettleAsync(watch.Page);
        var layout = await DesktopProbe.ExplorerAsync(watch.Page);
        output.WriteLine($"{language}: text column {layout.TextShare:P0}, bottoms spread {layout.BottomSpread:0.#} px over {layout.Controls} controls, "
            + $"{layout.Buttons} buttons in the page font: {layout.ButtonsInPageFont}, lowest {layout.LowestButton:0.#} px");

        Assert.True(layout.TextShare >= TextShare, $"the recommendation column is {layout.TextShare:P0} of the table");
        Assert.True(layout.Controls >= 10, $"{layout.Controls} filter controls");
        Assert.True(layout.BottomSpread <= 1, $"filter controls of one row end {layout.BottomSpread:0.#} px apart");
        Assert.True(layout.Buttons >= 2 && layout.ButtonsInPageFont, "the explorer's buttons are not in the page's font");
        Assert.True(layout.LowestButton >= 40, $"a button is {layout.LowestButton:0.#} px tall");
        await watch.AssertCleanAsync();
    }

    [Theory]
    [InlineData("fr/countries/")]
    [InlineData("km/states/")]
    public async Task The_group_tables_of_an_index_line_up_their_columns(string path)
    {
        await using var watch = await browser.OpenAsync(DesktopWidth, DesktopHeight);
        await watch.GoAsync(network.Server.Url(path));
        var measured = await DesktopProbe.ColumnDriftAsync(watch.Page);
        output.WriteLine($"{path}: {measured[1]} tables, columns drift {measured[0]:0.#} px");

        Assert.True(measured[1] >= 3, $"{measured[1]} group tables");
        Assert.True(measured[0] <= 1, $"a column starts {measured[0]:0.#} px apart from one group's table to the next");
        await watch.AssertCleanAsync();
    }

    [Theory]
    [InlineData("fr/compare/regions/")]
    [InlineData("km/compare/regions/")]
    public async Task Column_names_of_long_regional_groups_never_run_into_each_other(string path)
    {
        await using var watch = await browser.OpenAsync(DesktopWidth, DesktopHeight);
        await watch.GoAsync(network.Server.Url(path));
        await PhoneProbe.SettleAsync(watch.Page);
        var names = await watch.Page.Locator(".xtick text").CountAsync();
        var touching = await DesktopProbe.TouchingTickLabelsAsync(watch.Page);
        output.WriteLine($"{path}: {names} column names, {touching.Length} touching");

        Assert.True(names >= 8, $"{names} column names drawn");
        Assert.True(touching.Length == 0, string.Join('\n', touching));
        await watch.AssertCleanAsync();
    }

    // One page of each kind (PageTypes), the languages taken in turn so that en, fr and km each come up.
    private static IEnumerable<(string Type, string Url)> OneOfEachKind(string siteFolder, SiteServer server, IReadOnlySet<string> except)
    {
        var types = PageTypes.Of(siteFolder);
        var kinds = types.Select(t => KindOf(t.Type)).Distinct().Where(k => !except.Contains(k)).ToList();
        string[] languages = ["en", "fr", "km"];
        for (var i = 0; i < kinds.Count; i++)
        {
            var wanted = kinds[i];
            var pick = types.FirstOrDefault(t => t.Type == $"{languages[i % 3]} {wanted}");
            if (pick.Type is null)
            {
                pick = types.First(t => t.Type.EndsWith(" " + wanted, StringComparison.Ordinal) || t.Type == wanted);
            }

            yield return (pick.Type, server.Url(pick.Path));
        }
    }

    private static string KindOf(string type) => type[(type.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}
