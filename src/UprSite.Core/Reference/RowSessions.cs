using UprSite.Core.Model;

namespace UprSite.Core.Reference;

/// <summary>
/// The Working Group session of a row whose source gives none (DIHR's exports): the session whose reports the
/// Council session of its document symbol adopted (A/HRC/26/16 → 18), when that report is of the row's cycle; else
/// the session of the country's one review of that cycle in country.yml, or the session its date falls in. Never a
/// guess: with neither, the session stays unknown.
/// </summary>
public static class RowSessions
{
    public static DerivedSession? Derive(int cycle, string? document, IReadOnlyList<Review> reviews)
    {
        var fromReview = OfReview(cycle, reviews);
        if (WorkingGroupReports.Of(document) is { Session: { } session } report && report.Cycle == cycle)
        {
            return new DerivedSession(session, SessionOrigin.Document, fromReview is { } other && other != session ? other : null);
        }

        return fromReview is { } reviewed ? new DerivedSession(reviewed, SessionOrigin.Review) : null;
    }

    /// <summary>The session of the one review of <paramref name="cycle"/>: as country.yml gives it, else the session of the table its date falls in.</summary>
    public static int? OfReview(int cycle, IReadOnlyList<Review> reviews)
    {
        var ofCycle = reviews.Where(r => r.Cycle == cycle).ToList();
        if (ofCycle.Count != 1)
        {
            return null;
        }

        var review = ofCycle[0];
        if (review.Session is { } given)
        {
            return given;
        }

        return review.Date is { } date
            && WorkingGroupSessions.All.FirstOrDefault(s => s.Cycle == cycle && s.Spans(date.Year, date.Month)) is { } held
            ? held.Number
            : null;
    }
}
