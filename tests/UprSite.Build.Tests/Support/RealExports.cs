using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Import;

namespace UprSite.Build.Tests.Support;

/// <summary>The real exports in ../shared/data, read as a build reads them (never copied into the project).</summary>
public static class RealExports
{
    public static string UprInfo6To9 => Path.Combine(RepoPaths.SharedData, "upr-info-2015", "6-9.csv");

    public static string UprInfo17To20 => Path.Combine(RepoPaths.SharedData, "upr-info-2015", "17-20.csv");

    public static string DihrCycle1 => Path.Combine(RepoPaths.SharedData, "dihr-sdg-explorer", "upr1.xlsx");

    public static string DihrCycle2 => Path.Combine(RepoPaths.SharedData, "dihr-sdg-explorer", "upr2.xlsx");

    public static Country Cambodia { get; } = CountryNamed("kh", "Cambodia", "Kingdom of Cambodia");

    public static Country CountryNamed(string code, string name, params string[] aliases) =>
        new(code, LocalizedText.Of("en", name), aliases, LocalizedText.Empty, [], []);

    public static ImportFile Source(string path) =>
        new($"countries/kh/recommendations/{Path.GetFileName(path)}", Path.GetFileName(path), File.ReadAllBytes(path));

    /// <summary>Every row of the file, with the diagnostics of reading it.</summary>
    public static (RecommendationFile File, DiagnosticList Diagnostics) ReadAll(string path)
    {
        var diagnostics = new DiagnosticList();
        return (Importer.ReadAll(Source(path), diagnostics), diagnostics);
    }

    /// <summary>Cambodia's rows only, as the kh country folder would keep them.</summary>
    public static (RecommendationFile File, DiagnosticList Diagnostics) ReadCambodia(string path) => ReadFor(Cambodia, path);

    public static (RecommendationFile File, DiagnosticList Diagnostics) ReadFor(Country country, string path)
    {
        var diagnostics = new DiagnosticList();
        return (Importer.Read(Source(path), country, diagnostics), diagnostics);
    }
}
