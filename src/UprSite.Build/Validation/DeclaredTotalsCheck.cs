using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Validation;

/// <summary>
/// Compares the official totals country.yml declares per cycle with the rows behind them. A difference is a warning
/// with both numbers, never an error: samples are partial. Declared totals count recommendations (paragraphs), so the
/// rows are counted the same way: the co-sponsors of one paragraph (one <see cref="Recommendation.Key"/>) count once.
/// </summary>
public static class DeclaredTotalsCheck
{
    public static void Check(Country country, IReadOnlyList<Recommendation> rows, string countryFile, DiagnosticList diagnostics)
    {
        var byCycle = rows.GroupBy(r => r.Cycle).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var review in country.Reviews.Where(r => r.Declared is not null))
        {
            var declared = review.Declared!;
            var cycleRows = ParagraphResponse.Paragraphs(byCycle.GetValueOrDefault(review.Cycle) ?? []);
            var supported = cycleRows.Count(p => p.Response == Response.Supported);
            var noted = cycleRows.Count(p => p.Response == Response.Noted);
            var partly = cycleRows.Count(p => p.Response == Response.PartlySupported);
            var pending = cycleRows.Count - supported - noted - partly;
            if (cycleRows.Count == declared.Received && supported == declared.Supported && noted == declared.Noted)
            {
                continue;
            }

            var held = cycleRows.Count == 0
                ? "no row in recommendations/ belongs to this cycle"
                : Invariant($"the rows hold {cycleRows.Count} ({Responses(supported, partly, noted, pending)})");
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DeclaredTotalsDiffer,
                Invariant($"cycle {review.Cycle}: country.yml declares {declared.Received} recommendations ") +
                Invariant($"({declared.Supported} supported, {declared.Noted} noted; source: {declared.Source}) but {held}. ") +
                "The site shows the declared figure with a note on the rows; if the rows are a sample or a partial export, " +
                "this is expected, otherwise look for missing or repeated rows",
                countryFile));
        }

        var reviewed = country.Reviews.Select(r => r.Cycle).ToHashSet();
        foreach (var cycle in byCycle.Keys.Where(c => !reviewed.Contains(c)).Order())
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RowsWithoutReview,
                Invariant($"{byCycle[cycle].Count} rows belong to cycle {cycle}, which is not listed under 'reviews'; add the review (cycle, session, date) so the site can show it"),
                countryFile));
        }
    }

    /// <summary>"6 supported, 2 partly supported, 2 noted, 1 pending": partly supported and pending only when there are some.</summary>
    private static string Responses(int supported, int partly, int noted, int pending)
    {
        var parts = new List<string> { Invariant($"{supported} supported") };
        if (partly > 0)
        {
            parts.Add(Invariant($"{partly} partly supported"));
        }

        parts.Add(Invariant($"{noted} noted"));
        if (pending > 0)
        {
            parts.Add(Invariant($"{pending} pending"));
        }

        return string.Join(", ", parts);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
