using System.Text.Json;
using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Pages;

/// <summary>The explorer of a 20,000-row country in Chromium: filter, sort, page, export, plain pages without JavaScript.</summary>
[Collection(TimedCollection.Name)]
public sealed class LargeExplorerTests(BrowserFixture browser, LargeExplorerServed site, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IClassFixture<LargeExplorerServed>
{
    private string Code => Path.GetFileName(Directory.GetDirectories(Path.Combine(site.Output, "data")).Single());

    private string ExplorerUrl(string rest = "") => site.Server.Url($"en/countries/{Code}/recommendations/{rest}");

    /// <summary>Every row of the site's own JSON download, in page order.</summary>
    private List<JsonElement> AllRows()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data", Code, "recommendations.json")));
        return json.RootElement.GetProperty("recommendations").EnumerateArray().Select(r => r.Clone()).ToList();
    }

    private static async Task ReadyAsync(IPage page) =>
        await page.Locator("#recommendations[data-rendered]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>Runs <paramref name="act"/> and waits until explorer.js has drawn the rows again.</summary>
    private static async Task RenderedAfterAsync(IPage page, Func<Task> act)
    {
        var before = await page.GetAttributeAsync("#recommendations", "data-rendered");
        await act();
        await page.WaitForFunctionAsync("b => document.getElementById('recommendations').getAttribute('data-rendered') !== b", before);
    }

    /// <summary>The ids of the rows shown, once every shown row has its text (a row waiting for it has no id yet).</summary>
    private static async Task<string[]> RowIdsAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !document.querySelector('#recommendations tbody tr[aria-busy]')", null, new() { Timeout = 30_000 });
        return await page.Locator("#recommendations tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.id)");
    }

    [Fact]
    public async Task Filters_sort_and_pages_agree_with_the_rows_download()
    {
        var rows = AllRows();
        await using var watch = await browser.OpenAsync(warnings: true);
        var page = watch.Page;
        await watch.GoAsync(ExplorerUrl());
        await ReadyAsync(page);
        Assert.Equal(100, await page.Locator("#recommendations tbody tr").CountAsync());
        Assert.False(await page.Locator("#explorer-pager").IsVisibleAsync());

        await page.ClickAsync("#explorer-pager-live [data-step='1']");
        await Assertions.Expect(page.Locator("#explorer-page-live")).ToHaveTextAsync("Page 2 of 200, recommendations 101 to 200 by State");
        Assert.Equal(rows.Skip(100).Take(100).Select(r => Anchor(r)).ToList(), await RowIdsAsync(page));

        await page.SelectOptionAsync("#filter-response", "noted");
        await page.SelectOptionAsync("#filter-cycle", "2");
        var expected = rows.Where(r => r.GetProperty("response").GetString() == "noted" && r.GetProperty("cycle").GetInt32() == 2).ToList();
        await Assertions.Expect(page.Locator("#explorer-count")).ToHaveTextAsync($"{expected.Count:N0} of 20,000 recommendations by State");
        Assert.Equal(expected.Take(100).Select(r => Anchor(r)).ToList(), await RowIdsAsync(page));
        Assert.EndsWith("?cycle=2&response=noted", page.Url, StringComparison.Ordinal);

        await RenderedAfterAsync(page, () => page.SelectOptionAsync("#explorer-sort", "state"));
        var states = await page.Locator("#recommendations tbody tr td:nth-child(2)").AllTextContentsAsync();
        var ordered = await page.EvaluateAsync<bool>("names => names.every((n, i) => i === 0 || new Intl.Collator('en').compare(names[i - 1], n) <= 0)", states);
        Assert.True(ordered, "rows sorted by State: " + string.Join(", ", states.Distinct()));
        Assert.True(states.Distinct().Count() > 1 || expected.Count <= 100);
        var first = expected.Select(r => r.GetProperty("recommending_state").GetString()!).Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("en"), false)).First();
        Assert.Equal(first, states[0]);
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task The_export_holds_exactly_the_filtered_rows()
    {
        var rows = AllRows();
        await using var watch = await browser.OpenAsync(warnings: true);
        var page = watch.Page;
        await watch.GoAsync(ExplorerUrl("?status=not-implemented&sdg=16"));
        await ReadyAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#explorer-export"));
        var lines = File.ReadAllText(await download.PathAsync()).TrimStart('\ufeff').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,cycle,session,session_source,recommending_state,response,issues", lines[0], StringComparison.Ordinal);
        var expected = rows.Where(r => r.GetProperty("sdgs").EnumerateArray().Any(s => s.GetString()!.Split('.')[0] == "16")
                && r.TryGetProperty("implementation", out var i) && i.ValueKind == JsonValueKind.Object
                && i.GetProperty("status").GetString() == "not-implemented")
            .Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, lines.Skip(1).Select(l => l.Split(',')[0].Trim('"')).ToList());
        var sources = rows.ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("session_source").GetString() ?? "");
        Assert.Equal(expected.Select(id => sources[id]), lines.Skip(1).Select(l => l.Split(',')[3]));
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_plain_pages_link_each_other()
    {
        var rows = AllRows();
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        await using var watch = await PageWatch.StartAsync(context);
        var page = watch.Page;
        await watch.GoAsync(ExplorerUrl());
        Assert.False(await page.Locator("#explorer-filters").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("a[rel=prev]").CountAsync());
        await page.ClickAsync("a[rel=next]");
        Assert.EndsWith("/recommendations/page-2/index.html", page.Url, StringComparison.Ordinal);
        Assert.Equal(rows.Skip(100).Take(100).Select(r => Anchor(r)).ToList(), await RowIdsAsync(page));
        await watch.GoAsync(ExplorerUrl("page-200/"));
        Assert.Equal(rows.Skip(19_900).Select(r => Anchor(r)).ToList(), await RowIdsAsync(page));
        Assert.Equal(0, await page.Locator("a[rel=next]").CountAsync());
        Assert.Equal("Page 200 of 200, recommendations 19,901 to 20,000 by State", await page.Locator("#explorer-pager .explorer-page").TextContentAsync());
        await watch.AssertCleanAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task First_rows_and_a_filter_change_stay_within_budget(bool phone)
    {
        await using var watch = await browser.OpenAsync(width: phone ? 390 : 1280, height: phone ? 844 : 900);
        var page = watch.Page;
        if (phone)
        {
            // A slow 4G phone: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, a CPU four times slower.
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false, ["latency"] = 150, ["downloadThroughput"] = 1_600_000 / 8, ["uploadThroughput"] = 750_000 / 8,
            });
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        }

        await watch.GoAsync(ExplorerUrl());
        await ReadyAsync(page);
        var before = await page.EvaluateAsync<double[]>(@"() => {
            const paint = performance.getEntriesByName('first-contentful-paint')[0].startTime;
            const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
            const until = t => entries.filter(e => e.responseEnd <= t).reduce((sum, e) => sum + e.transferSize, 0);
            const blocking = entries.filter(e => e.entryType === 'navigation' || e.renderBlockingStatus === 'blocking')
                .reduce((sum, e) => sum + e.transferSize, 0);
            return [blocking, paint, until(performance.now()), until(paint)];
        }");
        var first = await FilterChangeAsync(page, "filter-theme", "select.options[3].value");
        var second = await FilterChangeAsync(page, "filter-response", "'noted'");
        output.WriteLine($"{(phone ? "phone" : "desktop")}: {before[0]:N0} bytes the first rows wait for ({before[3]:N0} arrived by first paint at {before[1]:N0} ms), " +
            $"{before[2]:N0} bytes once the explorer is ready; first filter change: rows drawn in {first[0]:N0} ms, texts in {first[1]:N0} ms; second: {second[0]:N0} / {second[1]:N0} ms");
        Assert.InRange(before[0], 10_000, 500_000);
        if (!phone)
        {
            // What the reader sees change is the rows, drawn from the codes already loaded: within 300 ms. Their texts
            // come from the local server (63-86 ms on a quiet machine, 357 ms once beside the other test lane), so
            // the whole change gets a second.
            Assert.InRange(first[0], 0, 300);
            Assert.InRange(second[0], 0, 300);
            Assert.InRange(first[1], 0, 1_000);
            Assert.InRange(second[1], 0, 1_000);
        }

        await watch.AssertCleanAsync();
    }

    /// <summary>Milliseconds from a filter's change to its rows drawn (data-drawn) and to their texts in (data-rendered).</summary>
    private static Task<double[]> FilterChangeAsync(IPage page, string select, string value) => page.EvaluateAsync<double[]>($$"""
        () => new Promise(done => {
            const table = document.getElementById('recommendations');
            const times = [];
            const observer = new MutationObserver(records => {
                for (const record of records) {
                    const index = record.attributeName === 'data-drawn' ? 0 : 1;
                    if (times[index] === undefined) times[index] = performance.now() - start;
                }
                if (times[0] !== undefined && times[1] !== undefined) { observer.disconnect(); done(times); }
            });
            observer.observe(table, { attributes: true, attributeFilter: ['data-drawn', 'data-rendered'] });
            const select = document.getElementById('{{select}}');
            select.value = {{value}};
            const start = performance.now();
            select.dispatchEvent(new Event('change', { bubbles: true }));
        })
        """);

    private static string Anchor(JsonElement row) => UprSite.Build.Pages.Data.RecommendationViews.AnchorOf(row.GetProperty("id").GetString()!);
}
