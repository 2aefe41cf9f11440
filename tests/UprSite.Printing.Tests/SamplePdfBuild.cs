using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Printing.Tests;

/// <summary>The sample site built once with --pdf (one Chromium for the whole test class) into a temporary folder.</summary>
public sealed class SamplePdfBuild : IDisposable
{
    public SamplePdfBuild()
    {
        Root = Path.Combine(Path.GetTempPath(), "uprsite-pdf-" + Guid.NewGuid().ToString("N")[..12]);
        Options = new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Path.Combine(Root, "_site")) { Printer = new PrintStage(), PdfCacheDir = CacheDir };
        Result = SiteBuilder.Build(Options);
    }

    public string Root { get; }

    public string CacheDir => Path.Combine(Root, "cache");

    public string Output => Path.Combine(Root, "_site");

    public BuildOptions Options { get; }

    public BuildResult Result { get; }

    public string PathOf(string outputPath) => Path.Combine(Output, outputPath);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
