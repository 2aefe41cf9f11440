using UprSite.Browser.Tests.Support;
using UprSite.Cli.Preview;
using Xunit.Abstractions;

namespace UprSite.Browser.Tests.Phone;

/// <summary>
/// One page of every kind in every language, of the sample and of the many-country sample, on a 390 px phone: nothing
/// reaches past the screen and no table heading breaks inside a word, with every chart's data table open.
/// </summary>
public sealed class PhoneLayoutTests(BrowserFixture browser, NetworkSampleServed network, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<NetworkSampleServed>
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    [Fact]
    public Task No_page_of_the_sample_is_wider_than_a_phone_or_breaks_a_heading_inside_a_word() =>
        CheckEveryPageTypeAsync(browser.SampleOutput, browser.Sample, ["root root", "en country", "km explorer", "fr factsheet", "km state", "km factsheet (fallback)"]);

    [Fact]
    public Task No_page_of_the_many_country_sample_is_wider_than_a_phone_or_breaks_a_heading_inside_a_word() =>
        CheckEveryPageTypeAsync(network.Output, network.Server, ["en countries", "km states", "fr recommending-state", "km country"]);

    private async Task CheckEveryPageTypeAsync(string siteFolder, SiteServer server, string[] expected)
    {
        var types = PageTypes.Of(siteFolder);
        foreach (var kind in expected)
        {
            Assert.Contains(types, t => t.Type == kind);
        }

        foreach (var language in new[] { "en", "fr", "km" })
        {
            Assert.True(types.Count(t => t.Type.StartsWith(language + " ", StringComparison.Ordinal)) >= 5, $"few {language} page types: {types.Count}");
        }

        var problems = new List<string>();
        foreach (var (type, path) in types)
        {
            await using var watch = await browser.OpenAsync(PhoneWidth, PhoneHeight);
            await watch.GoAsync(server.Url(path));
            await PhoneProbe.SettleAsync(watch.Page);
            await watch.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => { d.open = true; })");
            var wide = await PhoneProbe.WiderThanScreenAsync(watch.Page);
            var broken = await PhoneProbe.HeadingsBrokenInsideAWordAsync(watch.Page);
            var headings = await watch.Page.Locator("th:visible").CountAsync();
            output.WriteLine($"{type} ({path}): {headings} heading cells, {wide.Length} too wide, {broken.Length} broken words");
            problems.AddRange(wide.Concat(broken).Select(p => $"{type} ({path}): {p}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }
}
