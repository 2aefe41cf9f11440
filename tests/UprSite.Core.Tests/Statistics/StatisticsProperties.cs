using FsCheck.Xunit;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Tests.Support;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Statistics;

/// <summary>Laws that hold for any rows: FsCheck makes the rows from random integers (see <see cref="Rows.FromSeeds"/>).</summary>
public sealed class StatisticsProperties
{
    [Property(MaxTest = 200)]
    public bool Rates_lie_between_zero_and_one(int[] seeds)
    {
        var rows = Rows.FromSeeds(seeds);
        var rates = RecommendationStatistics.ByCycle(rows).SelectMany(c => new[] { c.SupportedRate, c.NotedRate, c.PendingRate })
            .Concat(RecommendationStatistics.ByIssue(rows).SelectMany(g => new[] { g.SupportedRate, g.NotedRate }))
            .Concat(RecommendationStatistics.ByRecommendingState(rows).Select(g => g.SupportedRate))
            .Concat(ImplementationStatistics.ByCycle(rows, Ratings(rows)).SelectMany(f => Enum.GetValues<ImplementationStatus>().Select(f.Rate)));
        return rates.All(r => r is null || (r >= 0 && r <= 1));
    }

    [Property(MaxTest = 200)]
    public bool Cycle_counts_add_up_to_the_rows(int[] seeds)
    {
        var rows = Rows.FromSeeds(seeds);
        var cycles = RecommendationStatistics.ByCycle(rows);
        return cycles.Sum(c => c.Received) == rows.Count
            && cycles.All(c => c.Supported + c.Noted + c.Pending == c.Received)
            && cycles.Sum(c => c.Supported) == rows.Count(r => r.Response == Response.Supported);
    }

    [Property(MaxTest = 200)]
    public bool State_and_category_counts_partition_the_rows(int[] seeds)
    {
        var rows = Rows.FromSeeds(seeds);
        return RecommendationStatistics.ByRecommendingState(rows).Sum(s => s.Received) == rows.Count
            && RecommendationStatistics.ByActionCategory(rows).Sum(c => c.Received) + RecommendationStatistics.WithoutActionCategory(rows) == rows.Count
            && RecommendationStatistics.ByRegionalGroup(rows).Sum(g => g.Received) + RecommendationStatistics.WithoutRegionalGroup(rows) == rows.Count;
    }

    [Property(MaxTest = 200)]
    public bool Issue_counts_are_at_least_the_rows_with_an_issue_and_each_at_most_the_rows(int[] seeds)
    {
        var rows = Rows.FromSeeds(seeds);
        var issues = RecommendationStatistics.ByIssue(rows);
        var withIssue = rows.Count - RecommendationStatistics.WithoutIssue(rows);
        return issues.Sum(i => i.Received) >= withIssue
            && issues.All(i => i.Received <= withIssue)
            && (issues.Count == 0 || issues.Max(i => i.Received) <= rows.Count);
    }

    [Property(MaxTest = 200)]
    public bool Issue_trends_add_up_to_each_issue_and_within_each_cycle(int[] seeds)
    {
        var rows = Rows.FromSeeds(seeds);
        var cycles = RecommendationStatistics.ByCycle(rows).ToDictionary(c => c.Cycle);
        var issues = RecommendationStatistics.ByIssue(rows).ToDictionary(i => i.Key);
        return Trends.ByIssue(rows).All(t =>
            t.Cycles.Sum(c => c.Received) == issues[t.Issue].Received
            && t.Cycles.All(c => c.Received <= cycles[c.Cycle].Received));
    }

    [Property(MaxTest = 200)]
    public bool Top_states_on_an_issue_are_ranked_and_never_exceed_the_issue(int[] seeds)
    {
        var rows = Rows.FromSeeds(seeds);
        return TopStates.ByIssue(rows, 3).All(l =>
            l.States.Count <= 3
            && l.States.Sum(s => s.Received) <= l.Received
            && l.States.Zip(l.States.Skip(1)).All(p => p.First.Received >= p.Second.Received));
    }

    [Property(MaxTest = 200)]
    public bool Implementation_counts_cover_every_row_once(int[] seeds)
    {
        var rows = Rows.FromSeeds(seeds);
        var ratings = Ratings(rows);
        var byCycle = ImplementationStatistics.ByCycle(rows, ratings);
        return byCycle.Sum(f => f.Total) == rows.Count
            && byCycle.Sum(f => f.Assessed) == ratings.Select(r => r.RecommendationId).Distinct().Count()
            && ImplementationStatistics.Total(rows, ratings).Assessed == byCycle.Sum(f => f.Assessed);
    }

    [Property(MaxTest = 100)]
    public bool Statistics_do_not_depend_on_row_order(int[] seeds)
    {
        var rows = Rows.FromSeeds(seeds);
        var reversed = rows.Reverse().ToList();
        return RecommendationStatistics.ByIssue(rows).SequenceEqual(RecommendationStatistics.ByIssue(reversed))
            && RecommendationStatistics.ByRecommendingState(rows).SequenceEqual(RecommendationStatistics.ByRecommendingState(reversed))
            && RecommendationStatistics.ByCycle(rows).SequenceEqual(RecommendationStatistics.ByCycle(reversed));
    }

    /// <summary>Every third row rated, its status taken from its position.</summary>
    private static IReadOnlyList<ImplementationRating> Ratings(IReadOnlyList<Recommendation> rows) =>
        rows.Where((_, i) => i % 3 == 0)
            .Select((r, i) => new ImplementationRating(r.Id, (ImplementationStatus)(i % 4), "evidence", null, null, new RowRef("implementation.csv", i + 2)))
            .ToList();
}
