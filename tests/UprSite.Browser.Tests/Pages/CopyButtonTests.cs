using UprSite.Browser.Tests.Support;

namespace UprSite.Browser.Tests.Pages;

/// <summary>The copy buttons of a sample factsheet page in Chromium (the clipboard is recorded, not the system's).</summary>
public sealed class CopyButtonTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Each_question_and_recommendation_and_each_list_can_be_copied()
    {
        await using var watch = await browser.OpenAsync();
        var page = watch.Page;
        await page.Context.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { value: { writeText: t => { window.copied = t; return Promise.resolve(); } } });");
        await watch.GoAsync(browser.Sample.Url("en/countries/kh/factsheets/land/index.html"));

        Assert.Equal(9, await page.Locator(".copy-one").CountAsync());
        Assert.Equal(2, await page.Locator(".copy-all").CountAsync());

        // Clicked and read in one task, so that the label's two-second reset cannot come in between on a slow machine.
        var result = await page.EvaluateAsync<string[]>("""
            async () => {
              const button = document.querySelector('#recommendation-2 .copy-button');
              button.click();
              await Promise.resolve();
              await Promise.resolve();
              return [window.copied, button.textContent];
            }
            """);
        var (copied, label) = (result[0], result[1]);
        Assert.StartsWith("Publish a public register of all economic land concessions", copied, StringComparison.Ordinal);
        Assert.DoesNotContain("Copy", copied, StringComparison.Ordinal);
        Assert.Equal("Copied", label);

        await page.Locator(".factsheet-questions .copy-all").ClickAsync();
        var all = await page.EvaluateAsync<string>("() => window.copied");
        Assert.Equal(5, all.Split('\n').Length);
        Assert.StartsWith("1. How many land disputes", all, StringComparison.Ordinal);
        Assert.Contains("\n5. What protects borrowers", all, StringComparison.Ordinal);
        await watch.AssertCleanAsync();
    }
}
