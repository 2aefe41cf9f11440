using UprSite.Core.Recommendations;
using UprSite.Core.Reference;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// Where a session is shown without its source giving it: how many recommendations by State have a session this site
/// inferred from their report's document symbol, and how many from the country's review of their cycle.
/// </summary>
public static class SessionNotes
{
    public static IReadOnlyList<string> Of(DataLabels l, IReadOnlyCollection<Recommendation> rows)
    {
        var fromDocument = rows.Count(r => r.Session is not null && r.SessionOrigin == SessionOrigin.Document);
        var fromReview = rows.Count(r => r.Session is not null && r.SessionOrigin == SessionOrigin.Review);
        return
        [
            .. fromDocument > 0 ? [l.Count("data.sessions.from_document", fromDocument)] : Array.Empty<string>(),
            .. fromReview > 0 ? [l.Count("data.sessions.from_review", fromReview)] : Array.Empty<string>(),
        ];
    }
}
