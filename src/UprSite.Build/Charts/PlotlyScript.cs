using UprSite.Build.Output;
using UprSite.Core.Urls;

namespace UprSite.Build.Charts;

/// <summary>
/// plotly.js served from the site itself (no CDN: pages work offline and under a strict Content-Security-Policy).
/// Plotly.NET carries the minified bundle and its licence notice as resources of its assembly; a file at
/// assets/js/plotly.min.js in input/ or theme/ replaces it (<see cref="AssetSources"/>).
/// </summary>
public static class PlotlyScript
{
    public const string ScriptPath = "js/plotly.min.js";

    /// <summary>The script and its licence notice, at their output paths.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var names = assembly.GetManifestResourceNames();
        var script = names.Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
        var files = new List<(string, byte[])> { (SitePaths.Asset(ScriptPath), Read(assembly, script)) };
        if (names.FirstOrDefault(n => n == script + ".LICENSE.txt") is { } licence)
        {
            files.Add((SitePaths.Asset(ScriptPath + ".LICENSE.txt"), Read(assembly, licence)));
        }

        return files;
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
