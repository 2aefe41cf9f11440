using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Statistics;

/// <summary>
/// The response to one recommendation (one paragraph of the Working Group report) from the rows that share its
/// <see cref="Recommendation.Key"/>: their one response when they agree; partly supported when some rows were supported
/// and others noted (a paragraph whose clauses or co-sponsors were answered apart, as the matrices' "Supported/Noted"
/// says); pending rows are left out unless every row is pending. Never the response of whichever row comes first.
/// </summary>
public static class ParagraphResponse
{
    public static Response Of(IEnumerable<Response> responses)
    {
        Response? answered = null;
        foreach (var response in responses)
        {
            if (response == Response.Pending || response == answered)
            {
                continue;
            }

            if (answered is not null)
            {
                return Response.PartlySupported;
            }

            answered = response;
        }

        return answered ?? Response.Pending;
    }

    /// <summary>Each paragraph of <paramref name="rows"/> once, in the order of its first row, with its response.</summary>
    public static IReadOnlyList<(string Key, Response Response)> Paragraphs(IEnumerable<Recommendation> rows) =>
        rows.GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => (g.Key, Of(g.Select(r => r.Response)))).ToList();
}
