using UprSite.Browser.Tests.Phone;
using UprSite.Browser.Tests.Support;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Readers;

/// <summary>
/// On a 390 px phone every control and every link that stands on its own is at least 44 px tall and wide (a Khmer
/// country name such as "ប៉េរូ" was 21 px wide): the header, the
/// breadcrumbs, the contents list, lists of downloads, a chart's buttons, the explorer's filters and pager. Excused,
/// as in WCAG's target-size rule: a link inside running text (its paragraph or list item holds more than its links'
/// words) and a link in a table cell, which keep their line.
/// </summary>
public sealed class TapTargetTests(BrowserFixture browser, NetworkSampleServed network, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<NetworkSampleServed>
{
    private const string SmallTargets = """
        () => {
          const shown = el => { for (let p = el; p && p !== document.body; p = p.parentElement) {
            const s = getComputedStyle(p);
            if (s.display === 'none' || s.visibility === 'hidden' || (s.clipPath !== 'none' && p.getBoundingClientRect().width <= 2)) return false; }
            return true; };
          const inText = a => {
            if (a.closest('td, th')) return true;
            const block = a.closest('p, li, dd, dt, figcaption, caption');
            if (!block) return false;
            const words = t => t.replace(/\s+/g, '');
            const links = Array.from(block.querySelectorAll('a')).map(l => words(l.textContent)).join('');
            return words(block.textContent).length > links.length + 3;
          };
          const small = [];
          let measured = 0;
          for (const el of document.querySelectorAll('a[href], button, input, select, summary')) {
            if (el.classList.contains('skip-link') || !shown(el) || (el.tagName === 'A' && inText(el))) continue;
            const box = el.getBoundingClientRect();
            if (box.width === 0) continue;
            measured++;
            if (box.height < 43.5 || box.width < 43.5) small.push(`<${el.tagName.toLowerCase()}> "${(el.textContent || el.value || '').trim().slice(0, 40)}" is ${Math.round(box.width)} x ${Math.round(box.height)} px`);
          }
          return [`measured ${measured}`, ...small];
        }
        """;

    [Theory]
    [InlineData("sample", "en/countries/kh/index.html")]
    [InlineData("sample", "km/countries/kh/recommendations/index.html")]
    [InlineData("sample", "fr/countries/kh/factsheets/land/index.html")]
    [InlineData("sample", "km/404.html")]
    [InlineData("network", "fr/compare/regions/index.html")]
    [InlineData("network", "km/countries/st/states/china/brief/index.html")]
    public async Task Every_control_and_link_on_its_own_is_a_44_px_target_on_a_phone(string site, string path)
    {
        await using var watch = await browser.OpenAsync(PhoneLayoutTests.PhoneWidth, PhoneLayoutTests.PhoneHeight);
        await watch.GoAsync((site == "sample" ? browser.Sample : network.Server).Url(path));
        await PhoneProbe.SettleAsync(watch.Page);
        var result = await watch.Page.EvaluateAsync<string[]>(SmallTargets);
        output.WriteLine(string.Join('\n', result));

        var measured = int.Parse(result[0]["measured ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(measured >= 8, $"only {measured} targets measured");
        Assert.True(result.Length == 1, string.Join('\n', result.Skip(1).Take(30)));
        await watch.AssertCleanAsync();
    }
}
