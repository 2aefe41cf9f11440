using UprSite.Cli.Preview;
using UprSite.Synthetic;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// One country of 20,000 synthetic rows (the benchmark's generator, seed 1, English only), built by the real pipeline
/// and served with netlify.toml's headers: the explorer as a coalition holding a full export meets it.
/// </summary>
public sealed class LargeExplorerServed : IAsyncLifetime
{
    public const int Rows = 20_000;

    private BuiltSite? _site;

    public SiteServer Server { get; private set; } = null!;

    public string Output => _site!.Output;

    public async Task InitializeAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "uprsite-explorer-" + Guid.NewGuid().ToString("N")[..12]);
        var input = Path.Combine(root, "input");
        SyntheticSite.Write(new SyntheticOptions(1, Rows, ["en"], 1, input, 100, 1));
        _site = BuiltSite.FromInput(input, root);
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
