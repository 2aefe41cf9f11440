using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>axe-core over one page of each type in each language: no serious or critical violation.</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Every rule still runs on every element; only violations are reported node by node (axe spends most of its time
    // describing each node, and for passes the tests need only that there are some).
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    [Fact]
    public async Task No_page_type_in_any_language_has_a_serious_or_critical_violation()
    {
        var failures = new List<string>();
        var types = PageTypes.Of(browser.SampleOutput);
        foreach (var (type, path) in types)
        {
            await using var watch = await browser.OpenAsync();
            await watch.GoAsync(browser.Sample.Url(path));
            var result = await watch.Page.RunAxe(ViolationsOnly);
            failures.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{type} ({path}): {v.Impact} {v.Id}: {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.True(types.Count >= 15, $"only {types.Count} page types found");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
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
