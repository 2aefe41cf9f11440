using Microsoft.Playwright;
using UprSite.Browser.Tests.Phone;
using UprSite.Browser.Tests.Support;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Compare;

/// <summary>
/// The comparison pages of the many-country sample (the index and its four views) in en, fr and km: nothing wider than
/// a 390 px phone, a view switcher styled as the site's controls that works from the keyboard, and each view's tables
/// and charts drawn in the page's language.
/// </summary>
public sealed class ComparisonPageTests(BrowserFixture browser, NetworkSampleServed network, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<NetworkSampleServed>
{
    private static readonly string[] Languages = ["en", "fr", "km"];
    private static readonly string[] Views = ["cycles", "issues", "regions", "categories"];

    /// <summary>The smallest tap target the switcher's links may have, in CSS px (WCAG 2.2's enhanced target is 44).</summary>
    private const double TapTarget = 44;

    [Fact]
    public async Task No_comparison_page_scrolls_sideways_on_a_phone_and_the_switcher_is_a_row_of_tap_targets()
    {
        var problems = new List<string>();
        foreach (var language in Languages)
        {
            foreach (var path in Views.Select(v => $"{language}/compare/{v}/").Prepend($"{language}/compare/"))
            {
                await using var watch = await browser.OpenAsync(PhoneLayoutTests.PhoneWidth, PhoneLayoutTests.PhoneHeight);
                await watch.GoAsync(network.Server.Url(path));
                await PhoneProbe.SettleAsync(watch.Page);
                var wide = await PhoneProbe.WiderThanScreenAsync(watch.Page);
                problems.AddRange(wide.Select(w => $"{path}: {w}"));
                if (path.EndsWith("compare/", StringComparison.Ordinal))
                {
                    continue;
                }

                var links = await SwitcherAsync(watch.Page);
                output.WriteLine($"{path}: {wide.Length} too wide; switcher " + string.Join(", ", links.Select(l => $"{l.Text} {l.Width:0}×{l.Height:0} at {l.Top:0}")));
                Assert.Equal(Views.Length, links.Length);
                problems.AddRange(links.Where(l => l.Height < TapTarget || l.Left < 0 || l.Right > PhoneLayoutTests.PhoneWidth)
                    .Select(l => $"{path}: the switcher's \"{l.Text}\" is {l.Width:0}×{l.Height:0} px at {l.Left:0}..{l.Right:0}"));
                problems.AddRange(SwitcherLooksLikeAControl(path, links));
                // Two to a row on a phone: four views in two rows, not four stacked lines nor one cramped row.
                var rows = links.Select(l => Math.Round(l.Top)).Distinct().Count();
                if (rows != 2)
                {
                    problems.Add($"{path}: the switcher's links stand in {rows} rows");
                }

                await watch.AssertCleanAsync();
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
    }

    [Fact]
    public async Task The_view_switcher_is_reached_and_followed_from_the_keyboard()
    {
        foreach (var language in new[] { "en", "km" })
        {
            await using var watch = await browser.OpenAsync();
            await watch.GoAsync(network.Server.Url($"{language}/compare/cycles/"));
            var page = watch.Page;
            // Tab from the top of the page until the focus is in the switcher: it comes right after the header and the
            // breadcrumbs, before any chart or table.
            string? focused = null;
            for (var presses = 0; presses < 40 && focused is null; presses++)
            {
                await page.Keyboard.PressAsync("Tab");
                focused = await page.EvaluateAsync<string?>("() => document.activeElement.closest('.comparison-views') ? document.activeElement.getAttribute('href') : null");
            }

            Assert.NotNull(focused);
            Assert.Equal("true", await page.EvaluateAsync<string>("() => String(document.activeElement.getAttribute('aria-current') === 'page')"));
            var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.False(outline.StartsWith("none", StringComparison.Ordinal), $"{language}: the focused view link shows no focus ring ({outline})");

            // The next Tab is the next view; Enter follows it, and the new page marks it as the current view.
            await page.Keyboard.PressAsync("Tab");
            var next = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
            await Task.WhenAll(page.WaitForURLAsync("**/compare/issues/**"), page.Keyboard.PressAsync("Enter"));
            var current = await page.Locator(".comparison-views a[aria-current=page]").TextContentAsync();
            Assert.Equal(next, current?.Trim());
            Assert.EndsWith($"/{language}/compare/issues/", new Uri(page.Url).AbsolutePath.Replace("index.html", string.Empty, StringComparison.Ordinal));
            await watch.AssertCleanAsync();
        }
    }

    [Fact]
    public async Task Every_view_draws_its_charts_and_shows_its_tables_in_each_language()
    {
        var switcherLabels = new Dictionary<string, string>();
        foreach (var language in Languages)
        {
            var labels = new List<string>();
            foreach (var view in Views)
            {
                await using var watch = await browser.OpenAsync();
                await watch.GoAsync(network.Server.Url($"{language}/compare/{view}/"));
                await PhoneProbe.SettleAsync(watch.Page);
                var found = await watch.Page.EvaluateAsync<int[]>("""
                    () => [
                      document.querySelectorAll('.comparison-section').length,
                      document.querySelectorAll('.chart-canvas').length,
                      document.querySelectorAll('.chart.has-chart .chart-canvas svg.main-svg .trace').length,
                      document.querySelectorAll('.comparison-section table').length,
                      Math.min(...Array.from(document.querySelectorAll('.comparison-section table'), t => t.tBodies[0] ? t.tBodies[0].rows.length : 0)),
                    ]
                    """);
                output.WriteLine($"{language} {view}: {found[0]} sections, {found[1]} charts ({found[2]} traces drawn), {found[3]} tables, fewest rows {found[4]}");
                Assert.True(found[0] >= 2, $"{language} {view}: {found[0]} sections");
                Assert.True(found[1] >= 1 && found[2] >= found[1], $"{language} {view}: {found[1]} charts, {found[2]} traces drawn");
                Assert.True(found[3] >= 2 && found[4] >= 1, $"{language} {view}: {found[3]} tables, fewest rows {found[4]}");
                Assert.Equal(language, await watch.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
                labels.Add((await watch.Page.Locator(".comparison-views a[aria-current=page]").TextContentAsync())!.Trim());
                await watch.AssertCleanAsync();
            }

            switcherLabels[language] = string.Join(" | ", labels);
        }

        // The switcher speaks the page's language: Khmer letters on the Khmer pages, other words than English on French ones.
        Assert.Contains(switcherLabels["km"], c => c is >= '\u1780' and <= '\u17FF');
        Assert.DoesNotContain(switcherLabels["km"], c => c is >= 'A' and <= 'z' && char.IsLetter(c) && !"UPR".Contains(c));
        Assert.NotEqual(switcherLabels["en"], switcherLabels["fr"]);
    }

    private static IEnumerable<string> SwitcherLooksLikeAControl(string path, SwitcherLink[] links)
    {
        var current = links.Where(l => l.Current).ToArray();
        if (current.Length != 1)
        {
            yield return $"{path}: {current.Length} links marked current";
            yield break;
        }

        foreach (var link in links)
        {
            if (link.Border == "none" || link.Bullet != "none")
            {
                yield return $"{path}: \"{link.Text}\" has border {link.Border} and list style {link.Bullet}";
            }

            if (!link.Current && link.Background == current[0].Background)
            {
                yield return $"{path}: the current view's background {current[0].Background} is that of \"{link.Text}\"";
            }
        }
    }

    private static Task<SwitcherLink[]> SwitcherAsync(IPage page) => page.EvaluateAsync<SwitcherLink[]>("""
        () => Array.from(document.querySelectorAll('.comparison-views a'), a => {
          const box = a.getBoundingClientRect();
          const style = getComputedStyle(a);
          return { text: a.textContent.trim(), left: box.left, right: box.right, top: box.top, width: box.width, height: box.height,
            current: a.getAttribute('aria-current') === 'page', background: style.backgroundColor, border: style.borderTopStyle,
            bullet: getComputedStyle(a.closest('li')).listStyleType };
        })
        """);
}
