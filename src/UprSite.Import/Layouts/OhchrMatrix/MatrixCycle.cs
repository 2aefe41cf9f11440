using UprSite.Core.Model;
using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// The cycle (and session) of a matrix's recommendations, from the document its positions cite: the review of
/// country.yml whose report or addendum symbol it is, else the Human Rights Council session in the symbol
/// (<see cref="WorkingGroupReports"/>: A/HRC/25/5 is a cycle-2 report of the 17th Working Group session).
/// </summary>
public static class MatrixCycle
{
    /// <summary>The Working Group report an addendum belongs to: "A/HRC/25/5/Add.1" → "A/HRC/25/5".</summary>
    public static string? ReportOf(string? symbol) => WorkingGroupReports.ReportOf(symbol);

    public static (int Cycle, int? Session)? Of(string? symbol, IReadOnlyList<Review> reviews)
    {
        var report = ReportOf(symbol);
        if (report is null)
        {
            return reviews.Count == 1 ? (reviews[0].Cycle, reviews[0].Session) : null;
        }

        var review = reviews.FirstOrDefault(r => Same(r.ReportSymbol, report) || Same(r.AddendumSymbol, symbol) || Same(ReportOf(r.AddendumSymbol), report));
        return review is not null ? (review.Cycle, review.Session) : WorkingGroupReports.Of(report);
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
