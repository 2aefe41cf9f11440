using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Printing.Tests;

/// <summary>The sample with 40 recommendations from Sweden in place of its rows (<see cref="SwedenBriefSite"/>), built once with --pdf.</summary>
public sealed class SwedenPdfBuild : IDisposable
{
    public SwedenPdfBuild()
    {
        Root = Path.Combine(Path.GetTempPath(), "uprsite-sweden-" + Guid.NewGuid().ToString("N")[..12]);
        SwedenBriefSite.WriteTo(Path.Combine(Root, "input"));
        Result = SiteBuilder.Build(new BuildOptions(Path.Combine(Root, "input"), RepoPaths.Theme, Path.Combine(Root, "_site"))
        {
            Printer = new PrintStage(),
            PdfCacheDir = Path.Combine(Root, "cache"),
        });
    }

    public string Root { get; }

    public BuildResult Result { get; }

    public string PathOf(string outputPath) => Path.Combine(Root, "_site", outputPath);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
