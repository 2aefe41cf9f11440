using Microsoft.Playwright;
using UprSite.Cli.Preview;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// A browser test class's hold on the run's one <see cref="BrowserSession"/> (Chromium, the sample and the Arabic
/// site, served): take it as a class fixture, <c>IClassFixture&lt;BrowserFixture&gt;</c>, and the class runs in
/// parallel with the other test classes while every class shares the one Chromium and the one build of each site.
/// Each test opens its own browser context (<see cref="OpenAsync"/>), so tests share no cookies, storage or pages.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private BrowserSession? _session;

    private BrowserSession Session => _session ?? throw new InvalidOperationException("the browser session is not started");

    public IBrowser Browser => Session.Browser;

    public SiteServer Sample => Session.Sample;

    public SiteServer Arabic => Session.Arabic;

    public string SampleOutput => Session.SampleOutput;

    public NetlifyConfig Netlify => Session.Netlify;

    public async Task InitializeAsync() => _session = await BrowserSession.Shared.GetAsync();

    /// <summary>A fresh browser context (cookies, viewport, language) watched by a <see cref="PageWatch"/>.</summary>
    /// <param name="warnings">Also fail on console warnings.</param>
    public async Task<PageWatch> OpenAsync(int width = 1280, int height = 900, string? locale = null, bool warnings = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        return await PageWatch.StartAsync(context, warnings);
    }

    /// <summary>The session stays open for the next class; it is closed at the end of the run (<see cref="RunEnd"/>).</summary>
    public Task DisposeAsync() => Task.CompletedTask;
}
