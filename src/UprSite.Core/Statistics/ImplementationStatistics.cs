using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Statistics;

/// <summary>Implementation status of recommendations, from the coalition's ratings (the latest rating of each).</summary>
public static class ImplementationStatistics
{
    /// <summary>
    /// The rating that counts for each recommendation id: the latest assessed; among equal dates (or none) the one
    /// read last, since a coalition appends its newer assessments.
    /// </summary>
    public static IReadOnlyDictionary<string, ImplementationRating> Latest(IReadOnlyList<ImplementationRating> ratings)
    {
        var latest = new Dictionary<string, ImplementationRating>(StringComparer.Ordinal);
        foreach (var rating in ratings)
        {
            if (!latest.TryGetValue(rating.RecommendationId, out var kept) || (rating.Assessed ?? DateOnly.MinValue) >= (kept.Assessed ?? DateOnly.MinValue))
            {
                latest[rating.RecommendationId] = rating;
            }
        }

        return latest;
    }

    public static ImplementationFigures Total(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings) =>
        Tally("all", rows, Latest(ratings));

    /// <summary>Every cycle that has rows, in order.</summary>
    public static IReadOnlyList<ImplementationFigures> ByCycle(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings)
    {
        var latest = Latest(ratings);
        return rows.GroupBy(r => r.Cycle).OrderBy(g => g.Key)
            .Select(g => Tally(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g, latest))
            .ToList();
    }

    /// <summary>Every issue that has at least one rated recommendation, most ratings first, then by name.</summary>
    public static IReadOnlyList<ImplementationFigures> ByIssue(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings)
    {
        var latest = Latest(ratings);
        return RecommendationStatistics.RowsByIssue(rows)
            .Select(p => Tally(p.Key, p.Value, latest))
            .Where(f => f.Assessed > 0)
            .OrderByDescending(f => f.Assessed).ThenBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static ImplementationFigures Tally(string key, IEnumerable<Recommendation> rows, IReadOnlyDictionary<string, ImplementationRating> latest)
    {
        int fully = 0, partially = 0, not = 0, noInformation = 0, notAssessed = 0;
        foreach (var row in rows)
        {
            switch (latest.TryGetValue(row.Id, out var rating) ? rating.Status : (ImplementationStatus?)null)
            {
                case ImplementationStatus.FullyImplemented: fully++; break;
                case ImplementationStatus.PartiallyImplemented: partially++; break;
                case ImplementationStatus.NotImplemented: not++; break;
                case ImplementationStatus.NoInformation: noInformation++; break;
                default: notAssessed++; break;
            }
        }

        return new ImplementationFigures(key, fully, partially, not, noInformation, notAssessed);
    }
}
