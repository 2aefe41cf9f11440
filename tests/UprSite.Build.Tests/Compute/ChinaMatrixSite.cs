using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Compute;

/// <summary>China's second-cycle OHCHR matrix as the one country of a site, built once for <see cref="MatrixUhriThemeTests"/>.</summary>
public sealed class ChinaMatrixSite : IDisposable
{
    public static readonly string Matrix = Path.Combine(RepoPaths.SharedData, "ohchr-matrix", "china-cycle2-2013.docx");

    public ChinaMatrixSite()
    {
        Site.Write("countries/cn/country.yml", "names: {en: China}\nreviews:\n  - {cycle: 2, session: 17, date: 2013-10-22, documents: {report: A/HRC/25/5}}\n")
            .CopyInto(Matrix, "countries/cn/recommendations/matrix.docx");
        Result = Site.Build();
        Assert.True(Result.Succeeded, string.Join('\n', Result.Diagnostics));
    }

    public TestSite Site { get; } = new(withCountry: false);

    public UprSite.Build.Pipeline.BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}
