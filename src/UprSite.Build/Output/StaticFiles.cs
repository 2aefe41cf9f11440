using UprSite.Build.Sources;
using UprSite.Core.Urls;

namespace UprSite.Build.Output;

/// <summary>Assets (theme/assets merged with input/assets) go to /assets/; input/static/ is copied to the site root as is.</summary>
public static class StaticFiles
{
    public static void Copy(SourceSet sources, OutputSet output)
    {
        foreach (var file in sources.MergedUnder("assets"))
        {
            output.Add(SitePaths.Asset(file.Path["assets/".Length..]), new OutputFile(file.Bytes));
        }

        foreach (var file in sources.InputUnder("static"))
        {
            output.Add(file.Path["static/".Length..], new OutputFile(file.Bytes));
        }
    }
}
