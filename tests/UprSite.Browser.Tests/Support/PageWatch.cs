using Microsoft.Playwright;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// A page in its own browser context, with everything that should never happen recorded: console errors, uncaught
/// script errors, Content-Security-Policy violations, requests leaving 127.0.0.1 (blocked) and failed responses.
/// </summary>
public sealed class PageWatch : IAsyncDisposable
{
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private PageWatch(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Everything that went wrong so far, one line each.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <param name="warnings">Also record console warnings (charts: plotly.js warns about what it cannot draw).</param>
    public static async Task<PageWatch> StartAsync(IBrowserContext context, bool warnings = false)
    {
        await context.AddInitScriptAsync(ViolationRecorder);
        var page = await context.NewPageAsync();
        var watch = new PageWatch(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host != "127.0.0.1")
            {
                watch._problems.Add($"request leaving 127.0.0.1: {route.Request.Url}");
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || (warnings && message.Type == "warning"))
            {
                watch._problems.Add($"console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => watch._problems.Add($"script error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                watch._problems.Add($"HTTP {response.Status} for {response.Url}");
            }
        };
        return watch;
    }

    public async Task<IResponse?> GoAsync(string url)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return response;
    }

    /// <summary>Fails with the list of problems, CSP violations reported by the page included.</summary>
    public async Task AssertCleanAsync()
    {
        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        var all = _problems.Concat(violations.Select(v => "CSP violation: " + v)).ToList();
        Assert.True(all.Count == 0, $"{Page.Url}:\n" + string.Join('\n', all));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
