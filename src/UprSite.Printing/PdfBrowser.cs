using System.Threading.Channels;
using Microsoft.Playwright;

namespace UprSite.Printing;

/// <summary>
/// One headless Chromium, driven by Playwright, that prints pages to PDF. Pages are served from memory at the site's
/// own public address (base_url), so links in the PDFs point to the published site; every other request is refused,
/// so printing never touches the network.
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
            await context.RouteAsync("**/*", route => Serve(route, origin, files));
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
    /// Loads the page at <paramref name="url"/> in an idle tab and prints it with print media and the page size its CSS
    /// asks for. Safe to call concurrently: up to <see cref="Parallelism"/> pages print at once.
    /// </summary>
    public async Task<byte[]> PrintAsync(string url, PageTemplates templates, bool outline)
    {
        var page = await _idle.Reader.ReadAsync();
        try
        {
            return await PrintOnAsync(page, url, templates, outline);
        }
        finally
        {
            _idle.Writer.TryWrite(page);
        }
    }

    private static async Task<byte[]> PrintOnAsync(IPage page, string url, PageTemplates templates, bool outline)
    {
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not { Ok: true })
        {
            throw new PlaywrightException($"the page {url} could not be loaded for printing");
        }

        return await page.PdfAsync(new PagePdfOptions
        {
            DisplayHeaderFooter = true,
            HeaderTemplate = templates.Header,
            FooterTemplate = templates.Footer,
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = outline,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }

    private static Task Serve(IRoute route, string origin, Func<string, byte[]?> files)
    {
        var url = route.Request.Url;
        if (!url.StartsWith(origin, StringComparison.Ordinal))
        {
            return route.AbortAsync("blockedbyclient");
        }

        var path = Uri.UnescapeDataString(url[origin.Length..].Split('#')[0].Split('?')[0]);
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        return files(path) is { } body
            ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentType(path), BodyBytes = MarkForPdf(path, body) })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "not in the site" });
    }

    /// <summary>
    /// Marks the printed page with the class pdf-export on &lt;html&gt;: the running header and footer drawn by Chromium
    /// replace the page's own first-page masthead and closing footer (see print.css).
    /// </summary>
    private static byte[] MarkForPdf(string path, byte[] body)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            return body;
        }

        var html = System.Text.Encoding.UTF8.GetString(body);
        var at = html.IndexOf("<html", StringComparison.Ordinal);
        return at < 0 ? body : System.Text.Encoding.UTF8.GetBytes(html.Insert(at + "<html".Length, " class=\"pdf-export\""));
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".json" => "application/json",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".ttf" => "font/ttf",
        _ => "application/octet-stream",
    };
}
