using UprSite.Build.Output;
using UprSite.Core.Urls;

namespace UprSite.Build.Charts;

/// <summary>
/// plotly.js served from the site itself (no CDN: pages work offline and under a strict Content-Security-Policy).
/// Plotly.NET carries the minified bundle and its licence notice as resources of its assembly; a file at
/// assets/js/plotly.min.js in input/ or theme/ replaces it, since assets are copied after this.
/// </summary>
public static class PlotlyScript
{
    public const string ScriptPath = "js/plotly.min.js";

    public static void Add(OutputSet output)
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var names = assembly.GetManifestResourceNames();
        var script = names.Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
        output.Add(SitePaths.Asset(ScriptPath), new OutputFile(Read(assembly, script)));
        if (names.FirstOrDefault(n => n == script + ".LICENSE.txt") is { } licence)
        {
            output.Add(SitePaths.Asset(ScriptPath + ".LICENSE.txt"), new OutputFile(Read(assembly, licence)));
        }
    }

    private static byte[] Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET has no resource '{name}'");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
