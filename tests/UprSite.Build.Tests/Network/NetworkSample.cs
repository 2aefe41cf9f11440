using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Network;

/// <summary>
/// The many-country sample (samples/network/, made by bench/UprSite.Synthetic with <see cref="Arguments"/>) built once
/// per test run and written to a temporary folder, as `uprsite build --input samples/network` would.
/// </summary>
public sealed class NetworkSample : IDisposable
{
    /// <summary>The generator's arguments that wrote samples/network/ (samples/README.md says how to write it again).</summary>
    public static readonly string[] Arguments =
        ["--countries", "4", "--rows", "480", "--states", "30", "--factsheets", "2", "--seed", "13"];

    public static string Input => Path.Combine(RepoPaths.Root, "samples", "network");

    public NetworkSample()
    {
        Root = Path.Combine(Path.GetTempPath(), "uprsite-network-" + Guid.NewGuid().ToString("N")[..12]);
        Result = SiteBuilder.Build(new BuildOptions(Input, RepoPaths.Theme, Output));
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public BuildResult Result { get; }

    public IReadOnlyList<string> Countries { get; } =
        [.. Directory.GetDirectories(Path.Combine(Input, "countries")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public IReadOnlyList<string> Languages { get; } = ["en", "fr", "km"];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
