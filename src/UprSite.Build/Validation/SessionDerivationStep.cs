using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;

namespace UprSite.Build.Validation;

/// <summary>
/// Gives each row whose source names no Working Group session the one the reference data derives
/// (<see cref="RowSessions"/>), marked as derived; warns once per file and cycle where the document's session and the
/// country's review of that cycle disagree (UPR0581).
/// </summary>
public static class SessionDerivationStep
{
    public static List<Recommendation> Apply(Country country, List<Recommendation> rows, DiagnosticList diagnostics)
    {
        var warned = new HashSet<(string File, int Cycle)>();
        var result = new List<Recommendation>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Session is not null || RowSessions.Derive(row.Cycle, row.Document, country.Reviews) is not { } derived)
            {
                result.Add(row);
                continue;
            }

            if (derived.ReviewSession is { } reviewed && warned.Add((row.Source.File, row.Cycle)))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DerivedSessionsDiffer,
                    $"this row gives no Working Group session; its document {row.Document} is a report of session {derived.Session}, " +
                    $"but country.yml places the cycle-{row.Cycle} review in session {reviewed}: the rows of this file in cycle {row.Cycle} " +
                    $"are given session {derived.Session}, marked as derived; correct the review's session or date in country.yml, or the document",
                    row.Source.File, row.Source.Row));
            }

            result.Add(row with { Session = derived.Session, SessionOrigin = derived.Origin });
        }

        return result;
    }
}
