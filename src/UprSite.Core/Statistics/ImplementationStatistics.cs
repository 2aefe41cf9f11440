using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Statistics;

/// <summary>
/// Implementation status of recommendations, from the coalition's ratings (<see cref="RecommendationRatings"/>: one
/// rating per paragraph). A group whose every row gives its own paragraph number is counted by recommendation, each
/// paragraph once however many States made it; any other group is counted by State, one per row, since rows without
/// a paragraph cannot be told apart from co-sponsors (<see cref="ImplementationFigures.ByParagraph"/> says which).
/// </summary>
public static class ImplementationStatistics
{
    public static ImplementationFigures Total(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings) =>
        Total(rows, RecommendationRatings.Of(rows, ratings));

    public static ImplementationFigures Total(IReadOnlyList<Recommendation> rows, RecommendationRatings ratings) =>
        Tally("all", rows, ratings);

    /// <summary>Every cycle that has rows, in order.</summary>
    public static IReadOnlyList<ImplementationFigures> ByCycle(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings) =>
        ByCycle(rows, RecommendationRatings.Of(rows, ratings));

    public static IReadOnlyList<ImplementationFigures> ByCycle(IReadOnlyList<Recommendation> rows, RecommendationRatings ratings) =>
        rows.GroupBy(r => r.Cycle).OrderBy(g => g.Key)
            .Select(g => Tally(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.ToList(), ratings))
            .ToList();

    /// <summary>Every issue that has at least one rated recommendation, most ratings first, then by name.</summary>
    public static IReadOnlyList<ImplementationFigures> ByIssue(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating> ratings) =>
        ByIssue(rows, RecommendationRatings.Of(rows, ratings));

    public static IReadOnlyList<ImplementationFigures> ByIssue(IReadOnlyList<Recommendation> rows, RecommendationRatings ratings) =>
        RecommendationStatistics.RowsByIssue(rows)
            .Select(p => Tally(p.Key, p.Value, ratings))
            .Where(f => f.Assessed > 0)
            .OrderByDescending(f => f.Assessed).ThenBy(f => f.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>True when every row gives its own paragraph number, so that the rows can be counted as paragraphs.</summary>
    public static bool ParagraphsKnown(IReadOnlyCollection<Recommendation> rows) =>
        rows.Count > 0 && rows.All(r => RecommendationKey.NamesOne(r.Paragraph));

    private static ImplementationFigures Tally(string key, IReadOnlyCollection<Recommendation> rows, RecommendationRatings ratings)
    {
        var byParagraph = ParagraphsKnown(rows);
        var counted = byParagraph ? rows.DistinctBy(r => (r.Cycle, r.Key)) : rows;
        int fully = 0, partially = 0, not = 0, noInformation = 0, notAssessed = 0;
        foreach (var row in counted)
        {
            switch (ratings.For(row)?.Status)
            {
                case ImplementationStatus.FullyImplemented: fully++; break;
                case ImplementationStatus.PartiallyImplemented: partially++; break;
                case ImplementationStatus.NotImplemented: not++; break;
                case ImplementationStatus.NoInformation: noInformation++; break;
                default: notAssessed++; break;
            }
        }

        return new ImplementationFigures(key, fully, partially, not, noInformation, notAssessed) { ByParagraph = byParagraph };
    }
}
