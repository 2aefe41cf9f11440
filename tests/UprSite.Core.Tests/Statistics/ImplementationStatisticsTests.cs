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
}
