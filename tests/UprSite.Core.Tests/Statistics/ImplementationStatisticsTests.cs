using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Tests.Support;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Statistics;

public sealed class ImplementationStatisticsTests
{
    private static readonly IReadOnlyList<Recommendation> Sample =
    [
        Rows.Make("a", 2, "France", Response.Supported, ["Right to land"]),
        Rows.Make("b", 2, "Japan", Response.Supported, ["Labour"]),
        Rows.Make("c", 3, "Japan", Response.Noted, ["Right to land"]),
    ];

    private static ImplementationRating Rating(string id, ImplementationStatus status, string? assessed, int row) =>
        new(id, status, "evidence", "source", assessed is null ? null : DateOnly.Parse(assessed, System.Globalization.CultureInfo.InvariantCulture),
            new RowRef("implementation.csv", row));

    [Fact]
    public void The_latest_rating_of_a_recommendation_counts()
    {
        var ratings = new[]
        {
            Rating("a", ImplementationStatus.NotImplemented, "2022-01-01", 2),
            Rating("a", ImplementationStatus.PartiallyImplemented, "2024-01-01", 3),
            Rating("b", ImplementationStatus.FullyImplemented, null, 4),
        };

        var byCycle = ImplementationStatistics.ByCycle(Sample, ratings);

        Assert.Equal(new ImplementationFigures("2", 1, 1, 0, 0, 0), byCycle[0]);
        Assert.Equal(new ImplementationFigures("3", 0, 0, 0, 0, 1), byCycle[1]);
        Assert.Equal(0.5, byCycle[0].Rate(ImplementationStatus.FullyImplemented));
    }

    [Fact]
    public void Issues_without_any_rating_are_left_out()
    {
        var byIssue = ImplementationStatistics.ByIssue(Sample, [Rating("a", ImplementationStatus.NotImplemented, null, 2)]);

        var land = Assert.Single(byIssue);
        Assert.Equal("Right to land", land.Key);
        Assert.Equal(1, land.NotImplemented);
        Assert.Equal(1, land.NotAssessed);
    }

    [Fact]
    public void Rows_without_paragraph_numbers_are_counted_by_State_and_a_rating_reaches_every_co_sponsor_of_its_row()
    {
        // Co-sponsors named in one cell of a file without paragraph numbers share the key of that row.
        var rows = new[]
        {
            Rows.Make("x-france", 2, "France", Response.Supported) with { Key = "file.csv:7" },
            Rows.Make("x-japan", 2, "Japan", Response.Supported) with { Key = "file.csv:7" },
            Rows.Make("y", 2, "Brazil", Response.Noted),
        };

        var figures = ImplementationStatistics.Total(rows, [Rating("x-japan", ImplementationStatus.NotImplemented, null, 2)]);

        Assert.False(figures.ByParagraph);
        Assert.Equal((2, 1), (figures.NotImplemented, figures.NotAssessed));
    }

    [Fact]
    public void Paragraphs_count_once_and_a_mixed_total_is_counted_by_State()
    {
        var rows = new[]
        {
            Rows.Make("p-france", 2, "France", Response.Supported, ["Labour"]) with { Paragraph = "118.5", Key = "doc#118-5" },
            Rows.Make("p-japan", 2, "Japan", Response.Supported, ["Labour"]) with { Paragraph = "118.5", Key = "doc#118-5" },
            Rows.Make("q", 2, "Brazil", Response.Noted, ["Justice"]) with { Paragraph = "118.6", Key = "doc#118-6" },
            Rows.Make("old", 1, "Ghana", Response.Noted, ["Labour"]),
        };
        var ratings = new[] { Rating("p-france", ImplementationStatus.FullyImplemented, null, 2) };

        var byCycle = ImplementationStatistics.ByCycle(rows, ratings);
        var labour = ImplementationStatistics.ByIssue(rows, ratings).Single(f => f.Key == "Labour");
        var total = ImplementationStatistics.Total(rows, ratings);

        Assert.Equal((false, 0, 1), (byCycle[0].ByParagraph, byCycle[0].Fully, byCycle[0].NotAssessed));
        Assert.Equal((true, 1, 1), (byCycle[1].ByParagraph, byCycle[1].Fully, byCycle[1].NotAssessed));
        Assert.Equal((false, 2, 1), (labour.ByParagraph, labour.Fully, labour.NotAssessed));
        Assert.Equal((false, 2, 2), (total.ByParagraph, total.Fully, total.NotAssessed));
    }
}
