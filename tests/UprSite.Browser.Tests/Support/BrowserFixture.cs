using Microsoft.Playwright;
using UprSite.Cli.Preview;
using UprSite.TestSupport;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// One Debian Chromium for every browser test, and the sites it visits: the sample site and a right-to-left Arabic
/// site, each built by the real pipeline and served on 127.0.0.1 with netlify.toml's headers.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly List<IAsyncDisposable> _servers = [];
    private BuiltSite? _sample;
    private BuiltSite? _arabic;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public SiteServer Sample { get; private set; } = null!;

    public SiteServer Arabic { get; private set; } = null!;

    public string SampleOutput => _sample!.Output;

    public NetlifyConfig Netlify { get; } = NetlifyConfig.Load(Repo.NetlifyToml);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (scripts/test.sh does)");
        }

        _sample = BuiltSite.Sample();
        _arabic = BuiltSite.FromFiles(ArabicSite.Files);
        Sample = await SiteServer.StartAsync(_sample.Output, Netlify);
        Arabic = await SiteServer.StartAsync(_arabic.Output, Netlify);
        _servers.AddRange([Sample, Arabic]);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

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

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        _sample?.Dispose();
        _arabic?.Dispose();
    }
}
