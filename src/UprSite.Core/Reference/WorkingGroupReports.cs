using System.Globalization;
using System.Text.RegularExpressions;

namespace UprSite.Core.Reference;

/// <summary>
/// Which review a Working Group report belongs to, from its symbol: the Human Rights Council session in it
/// (A/HRC/26/16: the 26th) adopted the reports of one cycle, and, at every Council session but the 8th (which adopted
/// two), of one Working Group session (A/HRC/26/16: the 18th). An addendum's symbol gives its report's.
/// </summary>
public static partial class WorkingGroupReports
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

    /// <summary>The cycle and Working Group session of the report; null when the symbol names no Council session of a cycle.</summary>
    public static (int Cycle, int? Session)? Of(string? symbol)
    {
        if (ReportOf(symbol) is not { } report || CouncilSession().Match(report) is not { Success: true } council)
        {
            return null;
        }

        var session = int.Parse(council.Groups[1].Value, CultureInfo.InvariantCulture);
        var workingGroup = AdoptedSessions.Where(a => session >= a.First && session <= a.Last).Select(a => (int?)(session - a.Offset)).FirstOrDefault();
        return CouncilSessions.Where(c => session >= c.First && session <= c.Last).Select(c => ((int, int?)?)(c.Cycle, workingGroup)).FirstOrDefault();
    }

    [GeneratedRegex(@"/Add\.?\s*[0-9]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addendum();

    [GeneratedRegex(@"^A/HRC/([0-9]{1,3})/", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilSession();
}
