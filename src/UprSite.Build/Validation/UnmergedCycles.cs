using System.Globalization;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Validation;

/// <summary>
/// Warns where the rows of one cycle that matched no row of another file come from several files: if those files are
/// exports of the same review, such rows are the same recommendations worded or numbered otherwise, counted twice.
/// Rows that were merged never count here.
/// </summary>
internal static class UnmergedCycles
{
    public static void Warn(IEnumerable<MergeEntry> unmatched, DiagnosticList diagnostics)
    {
        var cycles = unmatched
            .GroupBy(e => e.Row.Cycle)
            .Select(g => (Cycle: g.Key, Files: g.GroupBy(e => e.FileName, StringComparer.Ordinal)
                .Select(f => (Name: f.Key, Rows: f.Count()))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList()))
            .Where(c => c.Files.Count > 1)
            .OrderBy(c => c.Cycle);
        foreach (var (cycle, files) in cycles)
        {
            var others = string.Join(", ", files.Skip(1).Select(f => Invariant($"{f.Rows} from {f.Name}")));
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.CycleInSeveralFiles,
                Invariant($"cycle {cycle} has {Rows(files[0].Rows)} in this file and {others} that match no row of the other file (by paragraph or text); ") +
                "if these files are exports of the same review, keep one of them, or these recommendations are counted twice",
                files[0].Name));
        }
    }

    private static string Rows(int count) => Invariant($"{count} row{(count == 1 ? string.Empty : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
