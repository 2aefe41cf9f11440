using UprSite.Core.Recommendations;

namespace UprSite.Core.Statistics;

/// <summary>
/// The rating that counts for each recommendation: a coalition rates a paragraph of the Working Group report, not one
/// State's share of it, so a rating given to the row of one co-sponsor is the rating of every row of its paragraph
/// (rows sharing cycle and <see cref="Recommendation.Key"/>). When several ratings fall on one recommendation, the
/// latest assessed counts; among equal dates (or none) the one read last, since a coalition appends its newer
/// assessments. Ratings of one recommendation that give different statuses are <see cref="Conflicts"/>.
/// </summary>
public sealed class RecommendationRatings
{
    private readonly Dictionary<(int Cycle, string Key), ImplementationRating> _counted;

    private RecommendationRatings(Dictionary<(int, string), ImplementationRating> counted, IReadOnlyList<RatingConflict> conflicts)
    {
        _counted = counted;
        Conflicts = conflicts;
    }

    /// <summary>Every rating set aside beside the one counted for its recommendation, in the order they were read.</summary>
    public IReadOnlyList<RatingConflict> Conflicts { get; }

    /// <summary>Every rating that counts, one per rated recommendation.</summary>
    public IEnumerable<ImplementationRating> Counted => _counted.Values;

    /// <summary>Ratings of ids that no row has are left out (the build reports them).</summary>
    public static RecommendationRatings Of(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings)
    {
        var byId = new Dictionary<string, Recommendation>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byId.TryAdd(row.Id, row);
        }

        var groups = new Dictionary<(int, string), List<ImplementationRating>>();
        foreach (var rating in ratings)
        {
            if (byId.TryGetValue(rating.RecommendationId, out var row))
            {
                var key = (row.Cycle, row.Key);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(rating);
            }
        }

        var counted = new Dictionary<(int, string), ImplementationRating>();
        var conflicts = new List<(int Order, RatingConflict Conflict)>();
        foreach (var (key, list) in groups)
        {
            var kept = list[0];
            foreach (var rating in list.Skip(1))
            {
                if ((rating.Assessed ?? DateOnly.MinValue) >= (kept.Assessed ?? DateOnly.MinValue))
                {
                    kept = rating;
                }
            }

            counted[key] = kept;
            conflicts.AddRange(list.Where(r => r.Status != kept.Status)
                .Select(r => (Order: IndexOf(ratings, r), Conflict: new RatingConflict(kept, r, byId[kept.RecommendationId], byId[r.RecommendationId]))));
        }

        return new RecommendationRatings(counted, conflicts.OrderBy(c => c.Order).Select(c => c.Conflict).ToList());
    }

    /// <summary>The rating of the row's recommendation, whichever of its rows was rated; null when none was.</summary>
    public ImplementationRating? For(Recommendation row) => _counted.GetValueOrDefault((row.Cycle, row.Key));

    private static int IndexOf(IReadOnlyList<ImplementationRating> ratings, ImplementationRating rating)
    {
        for (var i = 0; i < ratings.Count; i++)
        {
            if (ReferenceEquals(ratings[i], rating))
            {
                return i;
            }
        }

        return -1;
    }
}
