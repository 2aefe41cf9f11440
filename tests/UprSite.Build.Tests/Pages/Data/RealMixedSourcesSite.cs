using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>The site of <see cref="RealMixedSourcesTests"/>, built once for the class: UPR Info's export of sessions 6–9 and DIHR's of cycles 1 and 2.</summary>
public sealed class RealMixedSourcesSite : IDisposable
{
    public RealMixedSourcesSite()
    {
        var folder = Path.Combine(Site.Input, "countries", "kh", "recommendations");
        Directory.CreateDirectory(folder);
        File.Copy(RealExports.UprInfo6To9, Path.Combine(folder, "6-9.csv"));
        File.Copy(Path.Combine(RepoPaths.SharedData, "dihr-sdg-explorer", "upr1.xlsx"), Path.Combine(folder, "upr1.xlsx"));
        File.Copy(RealExports.DihrCycle2, Path.Combine(folder, "upr2.xlsx"));
        var result = Site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public TestSite Site { get; } = new();

    public void Dispose() => Site.Dispose();
}
