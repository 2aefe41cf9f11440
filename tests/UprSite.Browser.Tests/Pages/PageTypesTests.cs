using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>Every page type of the sample site, in every language, loads under the real security headers without a problem.</summary>
public sealed class PageTypesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Languages => ["en", "km", "fr"];

    [Theory]
    [InlineData("en", "Cambodia UPR Coalition")]
    [InlineData("km", "សម្ព័ន្ធ UPR កម្ពុជា")]
    [InlineData("fr", "Coalition cambodgienne pour l'EPU")]
    public async Task The_home_page_opens_in_each_language(string language, string title)
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url($"{language}/index.html"));

        Assert.Equal(language, await watch.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal(title, (await watch.Page.TextContentAsync("h1"))!.Trim());
        Assert.True(await watch.Page.Locator(".cards a").First.IsVisibleAsync());
        await watch.AssertCleanAsync();
    }

    /// <summary>One visit per page type serves both checks: the page loads clean, then axe-core finds no serious or critical violation.</summary>
    [Fact]
    public async Task Every_page_type_in_every_language_loads_without_errors_violations_or_outside_requests_and_passes_axe()
    {
        var types = PageTypes.Of(browser.SampleOutput);
        Assert.Contains(types, t => t.Type == "km factsheet (fallback)");
        Assert.Contains(types, t => t.Type == "fr page (fallback)");
        foreach (var language in new[] { "en", "km", "fr" })
        {
            Assert.Contains(types, t => t.Type == $"{language} country");
        }

        var inaccessible = new List<string>();
        foreach (var (type, path) in types)
        {
            await using var watch = await browser.OpenAsync();
            var response = await watch.GoAsync(browser.Sample.Url(path));
            Assert.True(response!.Ok, $"{type}: HTTP {response.Status}");
            Assert.Equal(path.Contains('/') ? path[..2] : "en", await watch.Page.GetAttributeAsync("html", "lang"));
            await watch.AssertCleanAsync();
            inaccessible.AddRange(await AccessibilityTests.SeriousViolationsAsync(watch.Page, $"{type} ({path})"));
        }

        Assert.True(types.Count >= 15, $"only {types.Count} page types found");
        Assert.True(inaccessible.Count == 0, string.Join('\n', inaccessible));
    }
}
