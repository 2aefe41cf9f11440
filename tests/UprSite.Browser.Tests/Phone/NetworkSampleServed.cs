using UprSite.Browser.Tests.Support;
using UprSite.Cli.Preview;

namespace UprSite.Browser.Tests.Phone;

/// <summary>
/// The many-country sample (samples/network/) built by the real pipeline and served: a class fixture, built once per
/// run however many test classes take it, and disposed at the end of the run (<see cref="RunEnd"/>).
/// </summary>
public sealed class NetworkSampleServed : IAsyncLifetime
{
    private static readonly SharedResource<Served> Shared = new(async () =>
    {
        var site = BuiltSite.Network();
        try
        {
            return new Served(site, await SiteServer.StartAsync(site.Output, NetlifyConfig.Load(Repo.NetlifyToml)));
        }
        catch
        {
            site.Dispose();
            throw;
        }
    });

    private Served? _served;

    public SiteServer Server => _served!.Server;

    public string Output => _served!.Site.Output;

    public async Task InitializeAsync() => _served = await Shared.GetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Served(BuiltSite Site, SiteServer Server) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            Site.Dispose();
        }
    }
}
