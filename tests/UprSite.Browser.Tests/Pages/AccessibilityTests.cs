using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>
/// axe-core: no serious or critical violation on the right-to-left site; the sample's page types, one of each in each
/// language, are checked in <see cref="PageTypesTests"/> on the visit that also checks they load clean.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Every rule still runs on every element; only violations are reported node by node (axe spends most of its time
    // describing each node, and for passes the tests need only that there are some).
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>axe-core's serious and critical violations on the page as it is, one line each, named by <paramref name="where"/>.</summary>
    public static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(ViolationsOnly);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Impact} {v.Id}: {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}");
    }

    [Fact]
    public async Task The_right_to_left_site_has_no_serious_or_critical_violation()
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Arabic.Url("ar/countries/kh/factsheets/labour/index.html"));

        var result = await watch.Page.RunAxe(ViolationsOnly);

        Assert.NotEmpty(result.Passes);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
    }
}
