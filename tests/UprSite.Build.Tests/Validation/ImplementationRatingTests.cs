using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Validation;

/// <summary>implementation.csv in a build: ratings reach their country, and each must point to one recommendation of it, once (the file on its own: UprSite.Import.Tests).</summary>
public sealed class ImplementationRatingTests
{
    private const string Rows = """
        id,session,recommending_state,text,response
        r1,18,France,Ratify the protocol,noted
        r2,18,Spain,Set up the institution,supported
        """;

    private const string Header = "recommendation_id,status,evidence,source,date";

    [Fact]
    public void Ratings_are_read_with_their_evidence_source_and_date()
    {
        var (result, country) = Build(Header + "\nr1,Fully,The protocol was ratified,Official journal,2024-03-15\nr2, partially implemented ,A draft law exists,,");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [("r1", ImplementationStatus.FullyImplemented, "Official journal", (DateOnly?)new DateOnly(2024, 3, 15)),
             ("r2", ImplementationStatus.PartiallyImplemented, null, null)],
            country.Implementation.Select(r => (r.RecommendationId, r.Status, r.Source, r.Assessed)));
    }

    [Fact]
    public void A_rating_of_an_unknown_recommendation_is_an_error_with_the_nearest_id()
    {
        var d = SingleError(Header + "\nr3,not implemented,Nothing happened,,");

        Assert.Equal(("UPR0606", 2, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("no recommendation of this country has the id 'r3'", d.Message);
    }

    [Fact]
    public void A_recommendation_rated_twice_is_an_error()
    {
        var d = SingleError(Header + "\nr1,not implemented,Nothing yet,,\nr1,fully,Done,,");

        Assert.Equal(("UPR0607", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("already rated on row 2", d.Message);
    }

    private static Diagnostic SingleError(string csv)
    {
        var (result, _) = Build(csv);
        return Assert.Single(result.Diagnostics, d => d.IsError);
    }

    private static (UprSite.Build.Pipeline.BuildResult Result, UprSite.Core.Model.Country Country) Build(string implementation)
    {
        using var site = new TestSite();
        site.Write("countries/kh/recommendations/rows.csv", Rows);
        site.Write("countries/kh/implementation.csv", implementation);
        var result = site.Build(write: false);
        return (result, Assert.Single(result.Site!.Countries));
    }
}
