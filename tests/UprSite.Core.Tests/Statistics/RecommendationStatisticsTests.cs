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
        Assert.Equal(new CycleFigures(2, 3, 2, 1) { WithoutParagraph = 3 }, cycles[0]);
        Assert.Equal(new CycleFigures(4, 2, 1, 0) { WithoutParagraph = 2 }, cycles[1]);
        Assert.False(cycles[0].ParagraphsKnown);
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
    public void Regional_groups_come_from_the_reference_data_not_from_the_source_column()
    {
        var groups = RecommendationStatistics.ByRegionalGroup(Sample);

        Assert.Equal(["Asia", "WEOG", "GRULAC"], groups.Select(g => g.Key));
        Assert.Equal(5, groups.Sum(g => g.Received));
        Assert.Equal(0, RecommendationStatistics.WithoutRegionalGroup(Sample));
    }

    [Fact]
    public void Regional_groups_leave_out_sources_that_are_no_State_and_the_Holy_See()
    {
        var rows = new[]
        {
            Rows.Make("a", 1, "Czech Republic", Response.Supported, group: "WEOG"),
            Rows.Make("b", 1, "(Unknown)", Response.Supported, group: "WEOG"),
            Rows.Make("c", 1, "European Union", Response.Noted),
            Rows.Make("d", 1, "Holy See", Response.Supported),
        };

        var groups = RecommendationStatistics.ByRegionalGroup(rows);

        Assert.Equal([("EEG", 1)], groups.Select(g => (g.Key, g.Received)));
        Assert.Equal(3, RecommendationStatistics.WithoutRegionalGroup(rows));
        Assert.Equal(2, RecommendationStatistics.FromNonStateSources(rows));
        Assert.Equal("EEG", RecommendationStatistics.RegionalGroupLabelOf("Czechia"));
    }

    [Fact]
    public void Paragraphs_are_known_only_when_every_row_of_the_cycle_gives_one()
    {
        var withParagraphs = new[]
        {
            Paragraph(Rows.Make("a", 2, "France", Response.Supported), "118.1"),
            Paragraph(Rows.Make("b", 2, "Japan", Response.Supported), "118.1"),
            Paragraph(Rows.Make("c", 2, "Brazil", Response.Noted), "118.2"),
            Rows.Make("d", 1, "Ghana", Response.Supported),
            Paragraph(Rows.Make("e", 1, "Norway", Response.Supported), "78.1"),
        };

        var cycles = RecommendationStatistics.ByCycle(withParagraphs);

        Assert.Equal((1, false, 1), (cycles[0].Cycle, cycles[0].ParagraphsKnown, cycles[0].WithoutParagraph));
        Assert.Equal((2, true, 3, 2, 1, 1), (cycles[1].Cycle, cycles[1].ParagraphsKnown, cycles[1].Received,
            cycles[1].Recommendations, cycles[1].RecommendationsSupported, cycles[1].RecommendationsNoted));
    }

    [Fact]
    public void Issue_coverage_counts_per_cycle_the_rows_that_name_an_issue()
    {
        var coverage = RecommendationStatistics.IssueCoverage(Sample);

        Assert.Equal([(2, 3, 3, false), (4, 2, 1, false)], coverage.Select(c => (c.Cycle, c.Rows, c.With, c.None)));
        var trends = Trends.ByIssue([.. Sample, Rows.Make("f", 3, "Ghana", Response.Supported)]);
        Assert.Equal([2, 4], trends[0].Cycles.Select(c => c.Cycle));
    }

    [Fact]
    public void Clauses_of_one_paragraph_given_per_State_with_their_own_texts_are_one_paragraph()
    {
        var rows = new[]
        {
            Paragraph(Rows.Make("a", 2, "Benin", Response.Noted), "138.2") with { Text = "Accede to the Second Optional Protocol to the ICCPR" },
            Paragraph(Rows.Make("b", 2, "Portugal", Response.Noted), "138.2") with { Text = "Ratify ICCPR-OP2" },
        };

        var cycle = Assert.Single(RecommendationStatistics.ByCycle(rows));

        Assert.Equal((2, 1, 1), (cycle.Received, cycle.Recommendations, cycle.RecommendationsNoted));
    }

    /// <summary>The row as a source that gives the paragraph (and its document) writes it: co-sponsors of a paragraph share its key.</summary>
    private static Recommendation Paragraph(Recommendation row, string paragraph) =>
        row with
        {
            Document = "A/HRC/26/16",
            Paragraph = paragraph,
            Text = "Recommendation " + paragraph,
            Key = RecommendationKey.Of("A/HRC/26/16", paragraph, row.Source, "Recommendation " + paragraph),
        };

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
        var trend = Trends.Across([
            new CycleComparison(1, new CycleFigures(1, 91, 91, 0), null, "A/HRC/13/4", []),
            new CycleComparison(2, new CycleFigures(2, 205, 163, 42), null, "A/HRC/26/16", [])]);

        Assert.Null(trend[0].ReceivedChange);
        Assert.Equal(114, trend[1].ReceivedChange);
        Assert.Equal(163.0 / 205 - 1, trend[1].SupportedRateChange!.Value, 10);
    }

    [Fact]
    public void No_change_is_given_between_an_official_total_and_recommendations_by_State()
    {
        var declared = new CycleComparison(1, new CycleFigures(1, 99, 73, 25), null, "A/HRC/13/11", []);
        var counted = new CycleComparison(2, null, new CycleFigures(2, 220, 106, 114), null, ["upr2.xlsx"]);
        var alsoCounted = new CycleComparison(3, null, new CycleFigures(3, 200, 150, 50), null, ["upr3.xlsx"]);

        var trend = Trends.Across([declared, counted, alsoCounted]);

        Assert.Equal([CycleTrend.Declared, CycleTrend.Rows, CycleTrend.Rows], trend.Select(t => t.Basis));
        Assert.Equal((null, null), (trend[1].ReceivedChange, trend[1].SupportedRateChange));
        Assert.Equal(-20, trend[2].ReceivedChange);
        Assert.Equal(0.75 - 106.0 / 220, trend[2].SupportedRateChange!.Value, 10);
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
