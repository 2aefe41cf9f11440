using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Tests.Support;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Statistics;

public sealed class DeclaredComparisonsTests
{
    [Fact]
    public void Declared_totals_are_shown_and_rows_that_disagree_are_flagged()
    {
        var rows = Enumerable.Range(0, 138).Select(i => Rows.Make($"r{i}", 1, "France", Response.Supported)).ToList();
        var country = Country(new Review(1, 6, null, [], "A/HRC/13/4", null, new DeclaredTotals(91, 91, 0, "A/HRC/13/4"))) with
        {
            Recommendations = rows,
        };

        var cycle = Assert.Single(DeclaredComparisons.Of(country));

        Assert.Equal(91, cycle.Shown.Received);
        Assert.Equal(138, cycle.Rows!.Received);
        Assert.True(cycle.Disagrees);
        Assert.Equal("A/HRC/13/4", cycle.Source);
        Assert.Equal(["input/countries/kh/recommendations/test.csv"], cycle.RowFiles);
    }

    [Fact]
    public void A_cycle_with_rows_only_shows_the_rows_and_one_with_matching_rows_does_not_disagree()
    {
        var rows = new[] { Rows.Make("a", 2, "France", Response.Supported), Rows.Make("b", 3, "Japan", Response.Noted) };
        var country = Country(new Review(2, 18, null, [], null, null, new DeclaredTotals(1, 1, 0, "report"))) with { Recommendations = rows };

        var cycles = DeclaredComparisons.Of(country);

        Assert.False(cycles[0].Disagrees);
        Assert.False(cycles[1].IsDeclared);
        Assert.Equal(new CycleFigures(3, 1, 0, 1) { WithoutParagraph = 1 }, cycles[1].Shown);
    }

    [Fact]
    public void Declared_totals_are_compared_with_paragraphs_when_every_row_gives_one_and_with_rows_otherwise()
    {
        var declared = new CycleFigures(1, 252, 204, 48);
        var byStateOnly = new CycleFigures(1, 346, 280, 66) { Recommendations = 252, RecommendationsSupported = 204, RecommendationsNoted = 48 };

        Assert.False(new CycleComparison(1, declared, byStateOnly, "report", []).Disagrees);
        Assert.True(new CycleComparison(1, declared, byStateOnly with { RecommendationsNoted = 47 }, "report", []).Disagrees);
        Assert.True(new CycleComparison(1, declared, byStateOnly with { WithoutParagraph = 1 }, "report", []).Disagrees);
        Assert.False(new CycleComparison(1, declared, new CycleFigures(1, 252, 204, 48) { WithoutParagraph = 252, Recommendations = 0 }, "report", []).Disagrees);
    }

    private static Country Country(params Review[] reviews) =>
        new("kh", LocalizedText.Of("en", "Cambodia"), [], LocalizedText.Empty, reviews, []);
}
