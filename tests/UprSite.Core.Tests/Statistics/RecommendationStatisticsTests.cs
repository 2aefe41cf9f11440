using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Tests.Support;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Statistics;

public sealed class RecommendationStatisticsTests
{
    private static readonly IReadOnlyList<Recommendation> Sample =
    [
        Rows.Make("a", 2, "France", Response.Supported, ["Right to land", "Justice"], ActionCategory.Specific, "WEOG"),
        Rows.Make("b", 2, "France", Response.Noted, ["Right to land"], ActionCategory.Considering, "WEOG"),
        Rows.Make("c", 2, "Japan", Response.Supported, ["Labour"], ActionCategory.General, "Asia"),
        Rows.Make("d", 4, "Japan", Response.Supported, ["Right to land"], ActionCategory.General, "Asia"),
        Rows.Make("e", 4, "Brazil", Response.Pending, [], null, null),
    ];

    [Fact]
    public void Cycles_count_received_supported_noted_and_pending()
    {
        var cycles = RecommendationStatistics.ByCycle(Sample);

        Assert.Equal([2, 4], cycles.Select(c => c.Cycle));
        Assert.Equal(new CycleFigures(2, 3, 2, 1), cycles[0]);
        Assert.Equal(new CycleFigures(4, 2, 1, 0), cycles[1]);
        Assert.Equal(1, cycles[1].Pending);
        Assert.Equal(2.0 / 3, cycles[0].SupportedRate!.Value, 10);
    }

    [Fact]
    public void A_row_counts_under_each_of_its_issues_and_issues_come_largest_first()
    {
        var issues = RecommendationStatistics.ByIssue(Sample);

        Assert.Equal(["Right to land", "Justice", "Labour"], issues.Select(i => i.Key));
        Assert.Equal(new GroupFigures("Right to land", 3, 2, 1), issues[0]);
        Assert.Equal(1, RecommendationStatistics.WithoutIssue(Sample));
    }

    [Fact]
    public void States_are_ranked_by_count_then_by_name()
    {
        var states = RecommendationStatistics.ByRecommendingState(Sample);

        Assert.Equal(["France", "Japan", "Brazil"], states.Select(s => s.Key));
        Assert.Equal(new GroupFigures("Japan", 2, 2, 0), states[1]);
    }

    [Fact]
    public void Regional_groups_leave_out_rows_without_a_group()
    {
        var groups = RecommendationStatistics.ByRegionalGroup(Sample);

        Assert.Equal(["Asia", "WEOG"], groups.Select(g => g.Key));
        Assert.Equal(4, groups.Sum(g => g.Received));
    }

    [Fact]
    public void Action_categories_list_all_five_in_scale_order()
    {
        var categories = RecommendationStatistics.ByActionCategory(Sample);

        Assert.Equal(["1", "2", "3", "4", "5"], categories.Select(c => c.Key));
        Assert.Equal([0, 0, 1, 2, 1], categories.Select(c => c.Received));
        Assert.Equal(1, RecommendationStatistics.WithoutActionCategory(Sample));
    }

    [Fact]
    public void Trends_compare_each_cycle_with_the_one_before()
    {
        var trend = Trends.Across([new CycleFigures(1, 91, 91, 0), new CycleFigures(2, 205, 163, 42)]);

        Assert.Null(trend[0].ReceivedChange);
        Assert.Equal(114, trend[1].ReceivedChange);
        Assert.Equal(163.0 / 205 - 1, trend[1].SupportedRateChange!.Value, 10);
    }

    [Fact]
    public void Issue_trends_give_every_cycle_of_the_rows_zeros_included()
    {
        var labour = Trends.ByIssue(Sample).Single(t => t.Issue == "Labour");

        Assert.Equal([2, 4], labour.Cycles.Select(c => c.Cycle));
        Assert.Equal([1, 0], labour.Cycles.Select(c => c.Received));
    }

    [Fact]
    public void Top_states_per_issue_are_the_ones_that_asked_most_on_it()
    {
        var land = TopStates.ByIssue(Sample, 1).Single(l => l.Issue == "Right to land");

        Assert.Equal(3, land.Received);
        Assert.Equal("France", Assert.Single(land.States).Key);
    }
}
