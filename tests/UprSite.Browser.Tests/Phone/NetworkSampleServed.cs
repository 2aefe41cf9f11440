using UprSite.Browser.Tests.Support;
using UprSite.Cli.Preview;

namespace UprSite.Browser.Tests.Phone;

/// <summary>The many-country sample (samples/network/) built by the real pipeline and served, once for a test class.</summary>
public sealed class NetworkSampleServed : IAsyncLifetime
{
    private BuiltSite? _site;

    public SiteServer Server { get; private set; } = null!;

    public string Output => _site!.Output;

    public async Task InitializeAsync()
    {
        _site = BuiltSite.Network();
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
