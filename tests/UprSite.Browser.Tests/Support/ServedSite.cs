using UprSite.Cli.Preview;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// A site written from files (path under input/ → text), built by the real pipeline and served with netlify.toml's
/// headers, once for a test class (a class fixture beside <see cref="BrowserFixture"/>).
/// </summary>
public abstract class ServedSite(IReadOnlyDictionary<string, string> files) : IAsyncLifetime
{
    private BuiltSite? _site;

    public SiteServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _site = BuiltSite.FromFiles(files);
        Server = await SiteServer.StartAsync(_site.Output, NetlifyConfig.Load(Repo.NetlifyToml));
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        _site?.Dispose();
    }
}
