using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>A reader moves between languages and stays on the same page; a missing translation keeps them in their language.</summary>
public sealed class LanguageSwitcherTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_switcher_goes_to_the_same_factsheet_in_each_language()
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url("en/countries/kh/factsheets/land/index.html"));

        await watch.Page.ClickAsync(".language-switcher a[hreflang=km]");
        Assert.EndsWith("/km/countries/kh/factsheets/land/index.html", watch.Page.Url);
        Assert.Equal("km", await watch.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("សិទ្ធិដីធ្លី និងសិទ្ធិទទួលបានលំនៅដ្ឋាន", (await watch.Page.TextContentAsync("h1"))!.Trim());

        await watch.Page.ClickAsync(".language-switcher a[hreflang=fr]");
        Assert.EndsWith("/fr/countries/kh/factsheets/land/index.html", watch.Page.Url);
        Assert.Equal("fr", await watch.Page.GetAttributeAsync("html", "lang"));
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task An_untranslated_factsheet_keeps_the_reader_in_Khmer_with_a_notice_and_a_way_to_the_original()
    {
        await using var watch = await browser.OpenAsync(width: 360, height: 740);
        await watch.GoAsync(browser.Sample.Url("en/countries/kh/factsheets/labour/index.html"));
        await watch.Page.ClickAsync(".language-switcher a[hreflang=km]");

        Assert.EndsWith("/km/countries/kh/factsheets/labour/index.html", watch.Page.Url);
        var notice = watch.Page.Locator(".fallback-notice");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("មិនទាន់មានជាភាសាខ្មែរ", await notice.TextContentAsync());
        Assert.Equal("en", await watch.Page.GetAttributeAsync(".factsheet-context", "lang"));
        Assert.Equal("ទំព័រដើម", (await watch.Page.TextContentAsync(".site-nav a"))!.Trim());

        await notice.Locator("a").ClickAsync();
        Assert.EndsWith("/en/countries/kh/factsheets/labour/index.html", watch.Page.Url);
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task The_Khmer_home_page_leads_to_the_untranslated_factsheet_in_Khmer_pages()
    {
        await using var watch = await browser.OpenAsync();
        await watch.GoAsync(browser.Sample.Url("km/index.html"));

        await watch.Page.ClickAsync(".factsheet-list a[lang=en]");

        Assert.EndsWith("/km/countries/kh/factsheets/labour/index.html", watch.Page.Url);
        Assert.Equal("km", await watch.Page.GetAttributeAsync("html", "lang"));
    }
}
