using UprSite.Build.Sources;

namespace UprSite.Build.Output;

/// <summary>
/// The assets under their hashed names (<see cref="AssetPlan"/>: theme/assets merged with input/assets, plotly.js);
/// input/static/ copied to the site root as is, except static/assets/, which the plan holds like every asset.
/// </summary>
public static class StaticFiles
{
    public static void Copy(SourceSet sources, AssetPlan assets, OutputSet output)
    {
        foreach (var (path, content) in assets.Files)
        {
            output.Add(path, new OutputFile(content));
        }

        foreach (var file in sources.InputUnder("static").Where(f => !AssetSources.IsStaticAsset(f)))
        {
            output.Add(file.Path["static/".Length..], new OutputFile(file.Bytes));
        }
    }
}
