using System.Globalization;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Validation;

/// <summary>
/// Warns where rows of one cycle that matched no row of another file may still be one recommendation counted twice:
/// a row of one file and a row of another, both left unmatched, from the same recommending State to the same State
/// under Review in the same cycle, unless both give paragraph numbers and these differ (two paragraphs are two
/// recommendations). Rows that were merged never count here, nor a co-sponsor one source names and the other leaves out.
/// </summary>
internal static class UnmergedCycles
{
    public static void Warn(IReadOnlyList<MergeEntry> unmatched, DiagnosticList diagnostics)
    {
        var byWho = unmatched.ToLookup(e => e.Who, StringComparer.Ordinal);
        var cycles = unmatched
            .Where(e => byWho[e.Who].Any(o => o.File != e.File && !(e.HasParagraph && o.HasParagraph && e.ParagraphSlug != o.ParagraphSlug)))
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
                Invariant($"cycle {cycle} has {Rows(files[0].Rows)} in this file and {others} that match no row of the other file (by paragraph or text) though the same States made them; ") +
                "if these files are exports of the same review, keep one of them, or correct the texts or paragraph numbers that differ, or these recommendations are counted twice",
                files[0].Name));
        }
    }

    private static string Rows(int count) => Invariant($"{count} row{(count == 1 ? string.Empty : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
