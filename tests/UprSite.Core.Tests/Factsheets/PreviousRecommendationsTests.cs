using UprSite.Core.Factsheets;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Factsheets;

public sealed class PreviousRecommendationsTests
{
    private static Recommendation Row(string id, int cycle, string state, string text, Response response, params string[] issues) =>
        new(id, cycle, null, "Cambodia", state, null, text, response, issues, null, null, null, [], new RowRef("r.csv", 2));

    private static Country Cambodia(IReadOnlyList<Recommendation> rows, IReadOnlyList<ImplementationRating>? ratings = null) =>
        new("kh", LocalizedText.Of("en", "Cambodia"), [], LocalizedText.Empty, [], [])
        {
            Recommendations = rows,
            Implementation = ratings ?? [],
        };

    [Fact]
    public void Rows_on_the_factsheet_issues_are_counted_per_cycle_with_their_States()
    {
        var country = Cambodia([
            Row("1", 2, "Germany", "Continue land reform", Response.Supported, "Right to land"),
            Row("2", 2, "France", "Adopt a law on evictions", Response.Noted, "right to housing", "Justice"),
            Row("3", 2, "Germany", "Ensure fair compensation", Response.Supported, "Right to land"),
            Row("4", 3, "Brazil", "Establish a land dispute mechanism", Response.Supported, "Right to land"),
            Row("5", 3, "Japan", "Ratify the Convention", Response.Supported, "Labour"),
        ]);

        var previous = PreviousRecommendations.For(country, ["Right to land", "Right to housing"]);

        Assert.Equal(5, previous.CountryTotal);
        Assert.Equal(4, previous.Total);
        Assert.Equal((3, 1), (previous.Supported, previous.Noted));
        Assert.Equal([2, 3], previous.Cycles.Select(c => c.Cycle));
        Assert.Equal((3, 2, 1), (previous.Cycles[0].Total, previous.Cycles[0].Supported, previous.Cycles[0].Noted));
        Assert.Equal(["France", "Germany"], previous.Cycles[0].RecommendingStates);
    }

    [Fact]
    public void The_most_specific_come_first_with_their_rating_and_a_joint_recommendation_once_with_all_its_States()
    {
        var country = Cambodia(
            [
                Row("a", 2, "Germany", "Continue land reform", Response.Supported, "Right to land"),
                Row("b", 2, "France", "Adopt a law on evictions", Response.Noted, "Right to land"),
                Row("c", 2, "Spain", "Adopt a law on evictions", Response.Noted, "Right to land"),
                Row("d", 3, "Brazil", "Ensure fair compensation", Response.Supported, "Right to land"),
            ],
            [new ImplementationRating("c", ImplementationStatus.NotImplemented, "No law adopted by 2024", "Coalition report", null, new RowRef("i.csv", 2))]);

        var top = PreviousRecommendations.For(country, ["Right to land"]).MostSpecific;

        Assert.Equal(["Adopt a law on evictions", "Ensure fair compensation", "Continue land reform"], top.Select(p => p.Recommendation.Text));
        Assert.Equal(ActionCategory.Specific, top[0].Category);
        Assert.Equal(["France", "Spain"], top[0].RecommendingStates);
        Assert.Equal(ImplementationStatus.NotImplemented, top[0].Rating!.Status);
        Assert.Null(top[1].Rating);
    }

    [Fact]
    public void A_country_without_rows_is_told_apart_from_a_theme_without_rows()
    {
        Assert.Equal((0, 0), (PreviousRecommendations.For(Cambodia([]), ["Right to land"]).CountryTotal, PreviousRecommendations.For(Cambodia([]), ["Right to land"]).Total));
        var other = PreviousRecommendations.For(Cambodia([Row("1", 2, "Japan", "Ratify", Response.Supported, "Labour")]), ["Right to land"]);
        Assert.Equal((1, 0), (other.CountryTotal, other.Total));
    }
}
