using UprSite.Build.Tests.Support;
using UprSite.Import.Tables;

namespace UprSite.Build.Tests.Output;

/// <summary>The sample site's recommendation rows and ratings as its input files hold them, read as plain tables.</summary>
public static class SampleRows
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Recommendations { get; } =
        Read(Path.Combine(RepoPaths.Input, "countries", "kh", "recommendations", "sample.csv"));

    /// <summary>Recommendation id → its rating's columns.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Ratings { get; } =
        Read(Path.Combine(RepoPaths.Input, "countries", "kh", "implementation.csv")).ToDictionary(r => r["recommendation_id"]);

    private static List<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var table = CsvTableReader.Read(File.ReadAllText(path), out var problem, out _) ?? throw new InvalidOperationException(problem);
        var header = table.Rows[0].Cells;
        return table.Rows.Skip(1)
            .Select(r => (IReadOnlyDictionary<string, string>)header.Select((name, i) => (name, value: r[i])).ToDictionary(p => p.name, p => p.value))
            .ToList();
    }
}
