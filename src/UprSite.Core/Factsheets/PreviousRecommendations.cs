using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Factsheets;

/// <summary>
/// "What the State was already told" on a factsheet's theme: the country's recommendation rows whose issues meet the
/// factsheet's issues, counted per cycle, and the most specific of them (category 5 first) with their ratings.
/// </summary>
/// <param name="CountryTotal">All rows the site holds for the country, to tell "no data" from "nothing on this theme".</param>
public sealed record PreviousRecommendations(int CountryTotal, IReadOnlyList<PreviousCycle> Cycles, IReadOnlyList<PreviousRecommendation> MostSpecific)
{
    public const int MostSpecificShown = 5;

    public int Total => Cycles.Sum(c => c.Total);

    public int Supported => Cycles.Sum(c => c.Supported);

    public int Noted => Cycles.Sum(c => c.Noted);

    public static PreviousRecommendations For(Country country, IReadOnlyList<string> issues)
    {
        var wanted = issues.Select(UprIssues.Key).ToHashSet(StringComparer.Ordinal);
        var rows = country.Recommendations.Where(r => r.Issues.Any(i => wanted.Contains(UprIssues.Key(i)))).ToList();
        var cycles = rows.GroupBy(r => r.Cycle).OrderBy(g => g.Key)
            .Select(g => new PreviousCycle(g.Key, g.Count(),
                g.Count(r => r.Response == Response.Supported),
                g.Count(r => r.Response == Response.Noted),
                g.Select(r => r.RecommendingState).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .ToList();

        var ratings = Statistics.RecommendationRatings.Of(country.Recommendations, country.Implementation);
        var mostSpecific = rows
            .GroupBy(r => (r.Cycle, r.Text))
            .Select(g => new PreviousRecommendation(
                g.First(),
                g.First().ActionCategory ?? ActionCategoryClassifier.Classify(g.Key.Text),
                g.Select(ratings.For).FirstOrDefault(r => r is not null),
                g.Select(r => r.RecommendingState).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(p => (int?)p.Category ?? 0)
            .ThenByDescending(p => p.Rating is not null)
            .ThenByDescending(p => p.Recommendation.Cycle)
            .ThenBy(p => p.Recommendation.Id, StringComparer.Ordinal)
            .Take(MostSpecificShown)
            .ToList();
        return new PreviousRecommendations(country.Recommendations.Count, cycles, mostSpecific);
    }
}
