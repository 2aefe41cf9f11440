using System.Threading.Channels;
using Microsoft.Playwright;
using UprSite.Core.Model;

namespace UprSite.Printing;

/// <summary>
/// One headless Chromium, driven by Playwright, that prints pages to PDF. Pages are served from memory at the site's
/// own public address (base_url), so links in the PDFs point to the published site (<see cref="SiteRoutes"/>).
/// </summary>
public sealed class PdfBrowser : IAsyncDisposable
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Channel<IPage> _idle = Channel.CreateUnbounded<IPage>();

    private PdfBrowser(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    /// <summary>How many pages print at the same time: two per core (a tab waits on its requests half the time), at most four.</summary>
    public static int Parallelism => Math.Clamp(Environment.ProcessorCount * 2, 2, 4);

    /// <param name="origin">The site's base URL, ending in '/'.</param>
    /// <param name="files">Output path → bytes, or null for a file the site does not have.</param>
    public static async Task<PdfBrowser> StartAsync(string executable, string origin, Func<string, byte[]?> files)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Flags,
            });
            // Scripts only add screen controls (copy buttons) that print.css hides: printing runs none of them.
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
            await context.RouteAsync("**/*", route => SiteRoutes.Serve(route, origin, files));
            var pdfBrowser = new PdfBrowser(playwright, browser);
            for (var i = 0; i < Parallelism; i++)
            {
                pdfBrowser._idle.Writer.TryWrite(await context.NewPageAsync());
            }

            return pdfBrowser;
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Loads the page at <paramref name="url"/> in an idle tab, lays it out for <paramref name="paper"/> with print
    /// media, and hands it to <paramref name="work"/>, which measures and prints it. Safe to call concurrently: up to
    /// <see cref="Parallelism"/> pages are worked on at once.
    /// </summary>
    internal async Task<T> WithPageAsync<T>(string url, PaperSize paper, Func<PrintTab, Task<T>> work)
    {
        var page = await _idle.Reader.ReadAsync();
        try
        {
            var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response is not { Ok: true })
            {
                throw new PlaywrightException($"the page {url} could not be loaded for printing");
            }

            var tab = new PrintTab(page);
            await tab.LayOutAsync(paper);
            return await work(tab);
        }
        finally
        {
            _idle.Writer.TryWrite(page);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
