using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Text;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Validation;

/// <summary>What <see cref="StateOncePerParagraph"/> joined: an info at each row joined (UPR0573) and one per cycle (UPR0575).</summary>
internal static class JoinReport
{
    public static void AtRows(IReadOnlyList<MergeEntry> ranked, Recommendation merged, DiagnosticList diagnostics)
    {
        var first = ranked[0];
        foreach (var entry in ranked.Skip(1))
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ClausesOfOneParagraph,
                Invariant($"this row gives {entry.Row.RecommendingState} paragraph {entry.Row.Paragraph} again ({first.FileName}, row {first.Row.Source.Row}, gives it too): a State makes one recommendation by State per paragraph, so the rows are counted as one, '{ResponseVocabulary.Key(merged.Response)}'"),
                entry.Row.Source.File, entry.Row.Source.Row));
        }
    }

    /// <summary>Per cycle: the rows joined, the (State, paragraph) pairs they were joined into, one example (the pair with most rows).</summary>
    public static void PerCycle(IReadOnlyList<IReadOnlyList<MergeEntry>> joins, DiagnosticList diagnostics)
    {
        foreach (var cycle in joins.GroupBy(j => j[0].Row.Cycle).OrderBy(g => g.Key))
        {
            var rows = cycle.Sum(j => j.Count - 1);
            var example = cycle.OrderByDescending(j => j.Count).ThenBy(j => j[0].Row.Source.File, StringComparer.Ordinal).ThenBy(j => j[0].Row.Source.Row).First()[0].Row;
            var where = example.Document is { Length: > 0 } document ? $"paragraph {example.Paragraph} of {document}" : $"paragraph {example.Paragraph}";
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ClausesJoinedInCycle,
                Invariant($"cycle {cycle.Key}: {CountedNoun.Of(rows, "row", "rows")} {(rows == 1 ? "gives" : "give")} a State a paragraph that another of its rows gives ({Pairs(cycle.Count())}; for example {example.RecommendingState}, {where}): a State makes one recommendation by State per paragraph, so each such row is counted with that row, and the cycle counts {CountedNoun.Of(rows, "recommendation by State", "recommendations by State")} fewer than its rows"),
                example.Source.File, example.Source.Row));
        }
    }

    private static string Pairs(int count) => count == 1 ? "one State and paragraph" : Invariant($"{count} States and paragraphs");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
