using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Text;

namespace UprSite.Build.Validation;

/// <summary>
/// Compares the official totals country.yml declares per cycle with the rows behind them. A difference is a warning
/// with both numbers, never an error: samples are partial. Declared totals count recommendations (paragraphs), so the
/// rows are counted the same way when every row gives its own paragraph: the co-sponsors of one paragraph (one
/// <see cref="Recommendation.Key"/>) count once; else the rows by State are compared, as the page does
/// (<see cref="CycleComparison.Disagrees"/>), and the warning says the paragraphs are not known.
/// </summary>
public static class DeclaredTotalsCheck
{
    public static void Check(Country country, IReadOnlyList<Recommendation> rows, string countryFile, DiagnosticList diagnostics)
    {
        var byCycle = rows.GroupBy(r => r.Cycle).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var review in country.Reviews.Where(r => r.Declared is not null))
        {
            var declared = review.Declared!;
            var figures = byCycle.TryGetValue(review.Cycle, out var cycleRows)
                ? RecommendationStatistics.ByCycle(cycleRows).Single()
                : null;
            var comparison = new CycleComparison(review.Cycle, DeclaredFigures.Of(review.Cycle, declared), figures, declared.Source, []);
            if (figures is not null && !comparison.Disagrees)
            {
                continue;
            }

            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DeclaredTotalsDiffer,
                Invariant($"cycle {review.Cycle}: country.yml declares {declared.Received} recommendations ") +
                $"({Responses(declared.Supported, declared.PartlySupported, declared.Noted, declared.Pending)}; source: {declared.Source}) but {Held(figures)}. " +
                "The site shows the declared figure with a note on the rows; " + Advice(declared, figures),
                countryFile));
        }

        var reviewed = country.Reviews.Select(r => r.Cycle).ToHashSet();
        foreach (var cycle in byCycle.Keys.Where(c => !reviewed.Contains(c)).Order())
        {
            var count = byCycle[cycle].Count;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RowsWithoutReview,
                Invariant($"{CountedNoun.Of(count, "row belongs", "rows belong")} to cycle {cycle}, which is not listed under 'reviews'; add the review (cycle, session, date) so the site can show it"),
                countryFile));
        }
    }

    /// <summary>
    /// What the rows hold, counted as the page counts them: the paragraphs when every row gives its own, else the
    /// recommendations by State and why the paragraphs are not known.
    /// </summary>
    private static string Held(CycleFigures? figures) => figures switch
    {
        null => "no row in recommendations/ belongs to this cycle",
        { ParagraphsKnown: true } f => Invariant($"the rows hold {f.Recommendations} ") +
            $"({Responses(f.RecommendationsSupported, f.RecommendationsPartlySupported, f.RecommendationsNoted, f.Recommendations - f.RecommendationsSupported - f.RecommendationsPartlySupported - f.RecommendationsNoted)})",
        { } f => $"the rows hold {CountedNoun.Of(f.Received, "recommendation by State", "recommendations by State")} " +
            $"({Responses(f.Supported, f.PartlySupported, f.Noted, f.Pending)}), and the number of recommendations as the " +
            $"Working Group report numbers them is not known: {CountedNoun.Of(f.WithoutOwnParagraph, "row gives", "rows give")} " +
            $"no paragraph number of {CountedNoun.Agree(f.WithoutOwnParagraph, "its", "their")} own",
    };

    /// <summary>
    /// What to do: when the declared totals leave recommendations neither supported nor noted (shown as pending) and the
    /// rows say those were supported in part, the totals most likely lack the report's partly supported count.
    /// </summary>
    private static string Advice(DeclaredTotals declared, CycleFigures? rows)
    {
        var partlyInRows = rows is null ? 0 : rows.ParagraphsKnown ? rows.RecommendationsPartlySupported : rows.PartlySupported;
        if (declared.PartlySupported == 0 && partlyInRows > 0 && partlyInRows <= declared.Pending)
        {
            return Invariant($"the declared totals leave {CountedNoun.Of(declared.Pending, "recommendation", "recommendations")} neither supported nor noted, ") +
                Invariant($"shown as pending, while the rows say {partlyInRows} {CountedNoun.Agree(partlyInRows, "was", "were")} supported in part: if the source counts them so, ") +
                Invariant($"add 'partly_supported: {partlyInRows}' under 'declared'");
        }

        return "if the rows are a sample or a partial export, this is expected, otherwise look for missing or repeated rows";
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
