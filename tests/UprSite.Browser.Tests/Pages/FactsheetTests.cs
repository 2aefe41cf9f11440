using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>A factsheet as a diplomat reads it on screen and prints it.</summary>
public sealed class FactsheetTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("km")]
    [InlineData("fr")]
    public async Task The_questions_and_recommendations_are_there_in_each_language(string language)
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url($"{language}/countries/kh/factsheets/land/index.html"));

        Assert.True(await watch.Page.Locator("#questions").IsVisibleAsync());
        Assert.True(await watch.Page.Locator("#recommendations").IsVisibleAsync());
        Assert.InRange(await watch.Page.Locator(".factsheet-questions ol > li").CountAsync(), 4, 5);
        Assert.True(await watch.Page.Locator(".factsheet-recommendations ol > li").CountAsync() >= 1);
        Assert.Null(await watch.Page.GetAttributeAsync(".factsheet-context", "lang"));
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task In_print_the_navigation_goes_and_the_factsheet_stays()
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url("km/countries/kh/factsheets/land/index.html"));
        await watch.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await watch.Page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await watch.Page.Locator(".language-switcher").IsVisibleAsync());
        Assert.False(await watch.Page.Locator(".site-footer").IsVisibleAsync());
        Assert.True(await watch.Page.Locator("h1").IsVisibleAsync());
        Assert.True(await watch.Page.Locator("#recommendations").IsVisibleAsync());
        // Khmer ink reaches about 1.6 em (see KhmerLayoutTests): printed lines keep room for it.
        var ratio = await watch.Page.EvaluateAsync<double>(
            "() => { const s = getComputedStyle(document.querySelector('.factsheet-context p')); return parseFloat(s.lineHeight) / parseFloat(s.fontSize); }");
        Assert.InRange(ratio, 1.7, 2.2);
        await watch.AssertCleanAsync();
    }
}
