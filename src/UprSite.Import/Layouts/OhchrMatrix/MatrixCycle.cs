using System.Text.RegularExpressions;
using UprSite.Core.Model;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// The cycle (and session) of a matrix's recommendations, from the document its positions cite: the review of
/// country.yml whose report or addendum symbol it is, else the Human Rights Council session in the symbol
/// (A/HRC/25/5: session 25), since each cycle's Working Group reports were adopted at known Council sessions. The
/// Council adopts the reports of one Working Group session at each of its sessions, so the Council session also gives
/// the Working Group session (A/HRC/25/5: the 17th), except at the 8th Council session, which adopted two.
/// </summary>
public static partial class MatrixCycle
{
    /// <summary>Council sessions that adopted each cycle's reports: 8–19 → 1, 21–34 → 2, 36–51 → 3, 52–66 → 4.</summary>
    private static readonly (int First, int Last, int Cycle)[] CouncilSessions = [(8, 19, 1), (21, 34, 2), (36, 51, 3), (52, 66, 4)];

    /// <summary>
    /// Council sessions that adopted one Working Group session's reports, and how far the two numbers lie apart:
    /// Council 10–19 adopted Working Group 3–12, 21–34 adopted 13–26, 36–44 adopted 27–35, 46–50 adopted 36–40
    /// (none at 45: the pandemic moved session 36 to November 2020) and 52–61 adopted 41–50.
    /// </summary>
    private static readonly (int First, int Last, int Offset)[] AdoptedSessions = [(10, 19, 7), (21, 34, 8), (36, 44, 9), (46, 50, 10), (52, 61, 11)];

    /// <summary>The Working Group report an addendum belongs to: "A/HRC/25/5/Add.1" → "A/HRC/25/5".</summary>
    public static string? ReportOf(string? symbol) =>
        symbol is null ? null : Addendum().Replace(symbol.Trim(), string.Empty);

    public static (int Cycle, int? Session)? Of(string? symbol, IReadOnlyList<Review> reviews)
    {
        var report = ReportOf(symbol);
        if (report is null)
        {
            return reviews.Count == 1 ? (reviews[0].Cycle, reviews[0].Session) : null;
        }

        var review = reviews.FirstOrDefault(r => Same(r.ReportSymbol, report) || Same(r.AddendumSymbol, symbol) || Same(ReportOf(r.AddendumSymbol), report));
        if (review is not null)
        {
            return (review.Cycle, review.Session);
        }

        var council = CouncilSession().Match(report);
        if (!council.Success)
        {
            return null;
        }

        var session = int.Parse(council.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var workingGroup = AdoptedSessions.Where(a => session >= a.First && session <= a.Last).Select(a => (int?)(session - a.Offset)).FirstOrDefault();
        return CouncilSessions.Where(c => session >= c.First && session <= c.Last).Select(c => ((int, int?)?)(c.Cycle, workingGroup)).FirstOrDefault();
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"/Add\.?\s*[0-9]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addendum();

    [GeneratedRegex(@"^A/HRC/([0-9]{1,3})/", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilSession();
}
