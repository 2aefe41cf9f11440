using UprSite.Build.Tests.Support;
using UprSite.Core.Recommendations;

namespace UprSite.Build.Tests.Reference;

/// <summary>
/// The rows of the four real exports that name States (UPR Info sessions 6–9 and 17–20, DIHR cycles 1 and 2), read
/// once through the build's own readers for every test of the State table against real spellings.
/// </summary>
public sealed class RealExportNames
{
    public static IReadOnlyList<string> Files { get; } =
        [RealExports.UprInfo6To9, RealExports.UprInfo17To20, RealExports.DihrCycle1, RealExports.DihrCycle2];

    /// <summary>Every row of each file, by file path.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Recommendation>> RowsByFile { get; } =
        Files.ToDictionary(f => f, f => RealExports.ReadAll(f).File.Rows);

    /// <summary>Every distinct State-under-Review and recommending-State name, with the first file that spells it so.</summary>
    public IReadOnlyDictionary<string, string> Names =>
        RowsByFile
            .SelectMany(f => f.Value.SelectMany(r => new[] { r.StateUnderReview, r.RecommendingState }).Select(n => (Name: n, File: f.Key)))
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Path.GetFileName(g.First().File), StringComparer.Ordinal);
}
