using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Statistics;

/// <summary>
/// Counts rows by response: the one place where supported, partly supported, noted and pending are added up. Partly
/// supported is its own value, never pending, and no part of the supported count (UPR Info and OHCHR show it apart).
/// </summary>
internal static class ResponseTally
{
    public static (int Received, int Supported, int Noted, int PartlySupported) Count(IEnumerable<Recommendation> rows)
    {
        int received = 0, supported = 0, noted = 0, partly = 0;
        foreach (var row in rows)
        {
            received++;
            if (row.Response == Response.Supported)
            {
                supported++;
            }
            else if (row.Response == Response.Noted)
            {
                noted++;
            }
            else if (row.Response == Response.PartlySupported)
            {
                partly++;
            }
        }

        return (received, supported, noted, partly);
    }

    public static GroupFigures Group(string key, IEnumerable<Recommendation> rows)
    {
        var (received, supported, noted, partly) = Count(rows);
        return new GroupFigures(key, received, supported, noted) { PartlySupported = partly };
    }

    public static CycleFigures Cycle(int cycle, IEnumerable<Recommendation> rows)
    {
        var list = rows as IReadOnlyCollection<Recommendation> ?? rows.ToList();
        var (received, supported, noted, partly) = Count(list);
        var paragraphs = ParagraphResponse.Paragraphs(list);
        return new CycleFigures(cycle, received, supported, noted)
        {
            PartlySupported = partly,
            RecommendationsPartlySupported = paragraphs.Count(p => p.Response == Response.PartlySupported),

            Recommendations = paragraphs.Count,
            RecommendationsSupported = paragraphs.Count(p => p.Response == Response.Supported),
            RecommendationsNoted = paragraphs.Count(p => p.Response == Response.Noted),
            WithoutParagraph = list.Count(r => string.IsNullOrWhiteSpace(r.Paragraph)),
            UnderListNumber = list.Count(r => !string.IsNullOrWhiteSpace(r.Paragraph) && !RecommendationKey.NamesOne(r.Paragraph)),
        };
    }

    /// <summary>Largest groups first, then by key (ordinal) so that ties always come out in the same order.</summary>
    public static IReadOnlyList<GroupFigures> Ranked(IEnumerable<GroupFigures> groups) =>
        groups.OrderByDescending(g => g.Received).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
}
