using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>A factsheet as a diplomat reads it on screen and prints it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FactsheetTests(BrowserFixture browser)
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
        Assert.InRange(await watch.Page.Locator("#questions + ol > li").CountAsync(), 4, 5);
        Assert.Null(await watch.Page.GetAttributeAsync(".factsheet-body", "lang"));
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
        // print.css sets Khmer to 1.8 on paper (room for stacked signs; the factsheet keeps to its page limit), 1.9 on screen.
        Assert.Equal(1.8, await watch.Page.EvaluateAsync<double>(
            "() => { const s = getComputedStyle(document.querySelector('.factsheet-body p')); return Math.round(parseFloat(s.lineHeight) / parseFloat(s.fontSize) * 10) / 10; }"));
        await watch.AssertCleanAsync();
    }
}
