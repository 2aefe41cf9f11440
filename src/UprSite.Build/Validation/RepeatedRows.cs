using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>
/// A file that lists one recommendation twice: two rows of one file with the same cycle, State under Review,
/// recommending State, paragraph (or none), response and text once spaces, case and punctuation are set aside. A State
/// does not make one recommendation twice in a review (UPR Info's export lists Chad's first clause of Lesotho's 97.3
/// twice, DIHR's once), so the first row stands for both, and each repeat is reported (UPR0574) where a reader of the
/// file would otherwise count one more.
/// </summary>
internal static class RepeatedRows
{
    public static List<RecommendationFile> Apply(IReadOnlyList<RecommendationFile> files, Func<Recommendation, string> who, DiagnosticList diagnostics) =>
        files.Select(file => Without(file, who, diagnostics)).ToList();

    private static RecommendationFile Without(RecommendationFile file, Func<Recommendation, string> who, DiagnosticList diagnostics)
    {
        var firsts = new Dictionary<string, Recommendation>(StringComparer.Ordinal);
        var kept = new List<Recommendation>(file.Rows.Count);
        foreach (var row in file.Rows)
        {
            var key = $"{who(row)}{row.Paragraph?.Trim()}|{row.Response}|{MergeText.Of(row.Text)}";
            if (!firsts.TryAdd(key, row) && firsts[key] is var first && first.Source.Row != row.Source.Row)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RepeatedRow,
                    string.Create(CultureInfo.InvariantCulture,
                        $"this row repeats row {first.Source.Row} of the same file ({row.RecommendingState}, cycle {row.Cycle}, the same text and response): counted once; delete one of the two rows"),
                    row.Source.File, row.Source.Row));
                continue;
            }

            kept.Add(row);
        }

        return kept.Count == file.Rows.Count ? file : file with { Rows = kept };
    }
}
