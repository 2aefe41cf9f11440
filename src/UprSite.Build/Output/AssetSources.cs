using UprSite.Build.Charts;
using UprSite.Build.Sources;

namespace UprSite.Build.Output;

/// <summary>
/// The files the site serves under assets/, before they are hashed (<see cref="AssetPlan"/>), a later one replacing
/// an earlier one at the same path: plotly.js when there are charts, theme/assets merged with input/assets, and
/// input/static/assets/ (static/ lands at the site root, so those are assets too).
/// </summary>
public static class AssetSources
{
    private const string StaticFolder = "static/";

    public static IEnumerable<(string Path, byte[] Content)> Of(SourceSet sources, bool charts)
    {
        var plotly = charts ? PlotlyScript.Files() : [];
        return plotly
            .Concat(sources.MergedUnder("assets").Select(f => (f.Path, f.Bytes)))
            .Concat(sources.InputUnder("static").Where(IsStaticAsset).Select(f => (f.Path[StaticFolder.Length..], f.Bytes)));
    }

    public static bool IsStaticAsset(SourceFile file) => AssetPlan.IsAsset(file.Path[StaticFolder.Length..]);
}
