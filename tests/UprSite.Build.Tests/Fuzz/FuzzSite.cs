using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Fuzz;

/// <summary>
/// A small real site in a temporary folder (the sample's site.yml, country.yml, rows, ratings, one factsheet and one
/// page) that a mutant replaces one file of for a whole build without writing; the file is put back afterwards.
/// </summary>
public sealed class FuzzSite : IDisposable
{
    private const string Rows = "countries/kh/recommendations/sample.csv";

    private static readonly string[] Files =
    [
        "site.yml", "countries/kh/country.yml", Rows, "countries/kh/implementation.csv",
        "countries/kh/factsheets/land.en.md", "pages/about.en.md",
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-fuzz-" + Guid.NewGuid().ToString("N")[..12]);

    public FuzzSite()
    {
        foreach (var file in Files)
        {
            var target = Full(file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoPaths.Input, file), target);
        }
    }

    private string Input => Path.Combine(_root, "input");

    /// <summary>Builds with <paramref name="path"/> holding <paramref name="bytes"/>; another rows file stands in for the sample's.</summary>
    public BuildResult Build(string path, byte[] bytes)
    {
        var full = Full(path);
        var original = File.Exists(full) ? File.ReadAllBytes(full) : null;
        var hidden = path.StartsWith("countries/kh/recommendations/", StringComparison.Ordinal) && path != Rows ? File.ReadAllBytes(Full(Rows)) : null;
        try
        {
            if (hidden is not null)
            {
                File.Delete(Full(Rows));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
            return SiteBuilder.Build(new BuildOptions(Input, RepoPaths.Theme, Path.Combine(_root, "_site"), null, Write: false));
        }
        finally
        {
            if (original is null)
            {
                File.Delete(full);
            }
            else
            {
                File.WriteAllBytes(full, original);
            }

            if (hidden is not null)
            {
                File.WriteAllBytes(Full(Rows), hidden);
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Full(string path) => Path.Combine(Input, path);
}
