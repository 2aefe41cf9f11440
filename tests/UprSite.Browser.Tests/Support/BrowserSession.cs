using Microsoft.Playwright;
using UprSite.Cli.Preview;
using UprSite.TestSupport;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// What every browser test shares, made once per run (<see cref="BrowserFixture"/> holds it): one Debian Chromium,
/// and the sample site and a right-to-left Arabic site, each built by the real pipeline and served on 127.0.0.1 with
/// netlify.toml's headers.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly List<IAsyncDisposable> _owned = [];

    private BrowserSession(NetlifyConfig netlify) => Netlify = netlify;

    public IBrowser Browser { get; private set; } = null!;

    public SiteServer Sample { get; private set; } = null!;

    public SiteServer Arabic { get; private set; } = null!;

    public string SampleOutput { get; private set; } = null!;

    public NetlifyConfig Netlify { get; }

    public static readonly SharedResource<BrowserSession> Shared = new(StartAsync);

    private static async Task<BrowserSession> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (scripts/test.sh does)");
        }

        var session = new BrowserSession(NetlifyConfig.Load(Repo.NetlifyToml));
        // Chromium starts while the two sites build.
        var launching = LaunchAsync();
        try
        {
            var sample = session.Own(BuiltSite.Sample());
            var arabic = session.Own(BuiltSite.FromFiles(ArabicSite.Files));
            session.SampleOutput = sample.Output;
            session.Sample = session.Own(await SiteServer.StartAsync(sample.Output, session.Netlify));
            session.Arabic = session.Own(await SiteServer.StartAsync(arabic.Output, session.Netlify));
        }
        catch
        {
            await session.DisposeAsync();
            await CloseAsync(launching);
            throw;
        }

        var (playwright, browser) = await launching;
        session.Browser = browser;
        session.Own(new Closing(() => CloseAsync(launching)));
        return session;
    }

    private static async Task CloseAsync(Task<(IPlaywright Playwright, IBrowser Browser)> launching)
    {
        if (await Task.WhenAny(launching) is { IsCompletedSuccessfully: true })
        {
            await launching.Result.Browser.CloseAsync();
            launching.Result.Playwright.Dispose();
        }
    }

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    private T Own<T>(T item)
        where T : class
    {
        _owned.Add(item as IAsyncDisposable ?? new Closing(() =>
        {
            ((IDisposable)item).Dispose();
            return Task.CompletedTask;
        }));
        return item;
    }

    /// <summary>Closes in the reverse order of making: Chromium, then the servers, then the sites' folders.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        _owned.Clear();
    }

    private sealed class Closing(Func<Task> close) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await close();
    }
}
