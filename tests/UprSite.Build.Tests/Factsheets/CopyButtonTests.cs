using Microsoft.Playwright;
using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Factsheets;

/// <summary>The copy buttons of a factsheet page in real Chromium (the clipboard is recorded, not the system's).</summary>
public sealed class CopyButtonTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "uprsite-copy-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task Each_question_and_recommendation_and_each_list_can_be_copied()
    {
        Assert.True(SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, _output)).Succeeded);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { value: { writeText: t => { window.copied = t; return Promise.resolve(); } } });");
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_output, "en/countries/kh/factsheets/land/index.html")).AbsoluteUri);

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
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
