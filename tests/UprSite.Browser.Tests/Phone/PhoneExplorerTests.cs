using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Phone;

/// <summary>The explorer on a phone: rows as cards that fit the screen, filters folded into a panel that opens on a tap.</summary>
public sealed class PhoneExplorerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public async Task On_a_phone_the_rows_come_first_and_fit_the_screen(string language)
    {
        await using var watch = await browser.OpenAsync(PhoneLayoutTests.PhoneWidth, PhoneLayoutTests.PhoneHeight);
        await watch.GoAsync(browser.Sample.Url($"{language}/countries/kh/recommendations/index.html"));
        var page = watch.Page;
        await PhoneProbe.SettleAsync(page);

        var panel = page.Locator("#explorer-filter-panel");
        Assert.False(await panel.EvaluateAsync<bool>("d => d.open"));
        var form = (await page.Locator("#explorer-filters").BoundingBoxAsync())!;
        Assert.InRange(form.Height, 1, PhoneLayoutTests.PhoneHeight / 8);
        // The filters start on the first screen and the country's downloads wait below the rows.
        Assert.True(form.Y + form.Height <= PhoneLayoutTests.PhoneHeight, $"the filters end {form.Y + form.Height} px down a {PhoneLayoutTests.PhoneHeight} px screen");
        Assert.True(await page.EvaluateAsync<bool>("() => !!(document.getElementById('recommendations').compareDocumentPosition(document.querySelector('.explorer .data-links')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
            "the downloads come before the rows");

        var table = page.Locator(".explorer .table-scroll");
        Assert.True(await table.EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth"), "the explorer's rows scroll sideways");
        var card = (await page.Locator("#recommendations tbody tr").First.BoundingBoxAsync())!;
        Assert.True(card.X >= 0 && card.X + card.Width <= PhoneLayoutTests.PhoneWidth, $"the first row spans {card.X}..{card.X + card.Width}");
        var labels = await page.Locator("#recommendations tbody tr").First.Locator("td")
            .EvaluateAllAsync<string[]>("cells => cells.map(td => getComputedStyle(td, '::before').content)");
        Assert.Equal(7, labels.Length);
        Assert.All(labels, l => Assert.NotEqual("none", l));

        await page.ClickAsync("#explorer-filter-panel > summary");
        Assert.True(await page.Locator("#filter-response").IsVisibleAsync());
        await page.SelectOptionAsync("#filter-response", "noted");
        await Assertions.Expect(page.Locator("#recommendations tbody tr .response-supported")).ToHaveCountAsync(0);
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_filters_stand_open_and_the_rows_are_a_table()
    {
        await using var watch = await browser.OpenAsync(1280, 900);
        await watch.GoAsync(browser.Sample.Url("fr/countries/kh/recommendations/index.html"));
        await PhoneProbe.SettleAsync(watch.Page);

        Assert.True(await watch.Page.Locator("#explorer-filter-panel").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await watch.Page.Locator("#filter-q").IsVisibleAsync());
        Assert.Equal("table-row", await watch.Page.Locator("#recommendations tbody tr").First.EvaluateAsync<string>("tr => getComputedStyle(tr).display"));
        Assert.True(await watch.Page.Locator("#recommendations thead").IsVisibleAsync());
        await watch.AssertCleanAsync();
    }
}
