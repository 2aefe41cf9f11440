using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Phone;

/// <summary>The site's root page asks for the reader's language in each of the site's languages, each link named in its own.</summary>
public sealed class RootPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_root_asks_in_every_language_and_names_each_language_in_itself(int width)
    {
        await using var watch = await browser.OpenAsync(width, 844);
        await watch.GoAsync(browser.Sample.Url("index.html"));

        var choices = await watch.Page.EvaluateAsync<string[][]>("""
            () => Array.from(document.querySelectorAll('.language-list li')).map(li => [
              li.lang, li.querySelector('.language-question').textContent.replace(/[\u00a0\u202f]/g, ' ').trim(),
              li.querySelector('a').textContent.trim(), li.querySelector('a').hreflang, li.querySelector('a').getAttribute('href'),
              String(li.querySelector('a').getBoundingClientRect().right <= document.documentElement.clientWidth)])
            """);
        Assert.Equal(
            [
                ["en", "Choose your language:", "English", "en", "en/index.html", "true"],
                ["km", "សូមជ្រើសរើសភាសា៖", "ខ្មែរ", "km", "km/index.html", "true"],
                ["fr", "Choisissez votre langue :", "Français", "fr", "fr/index.html", "true"],
            ],
            choices);
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task A_right_to_left_language_asks_right_to_left()
    {
        await using var watch = await browser.OpenAsync(390, 844);
        await watch.GoAsync(browser.Arabic.Url("index.html"));

        var arabic = watch.Page.Locator(".language-list li[lang=ar]");
        Assert.Equal("اختر لغتك:", (await arabic.Locator(".language-question").TextContentAsync())!.Trim());
        Assert.Equal("rtl", await arabic.EvaluateAsync<string>("li => getComputedStyle(li).direction"));
        Assert.Equal("ltr", await watch.Page.Locator(".language-list li[lang=en]").EvaluateAsync<string>("li => getComputedStyle(li).direction"));
        await watch.AssertCleanAsync();
    }
}
