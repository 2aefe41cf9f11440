using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;

namespace UprSite.Build.Tests.Parsing.Recommendations;

/// <summary>implementation.csv: every rating needs evidence and must point to a recommendation of the country.</summary>
public sealed class ImplementationTests
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
    public void A_rating_without_evidence_is_an_error()
    {
        var d = SingleError(Header + "\nr1,not implemented,,Our report,2024-03-15");

        Assert.Equal(("UPR0603", 2, 3), (d.Code, d.Line, d.Column));
        Assert.Contains("no evidence", d.Message);
    }

    [Fact]
    public void A_rating_of_an_unknown_recommendation_is_an_error_with_the_nearest_id()
    {
        var d = SingleError(Header + "\nr3,not implemented,Nothing happened,,");

        Assert.Equal(("UPR0606", 2, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("no recommendation of this country has the id 'r3'", d.Message);
    }

    [Fact]
    public void An_unknown_status_lists_the_four_statuses()
    {
        var d = SingleError(Header + "\nr1,almost,Nearly there,,");

        Assert.Equal(("UPR0604", 2, 2), (d.Code, d.Line, d.Column));
        Assert.Contains("fully implemented, partially implemented, not implemented, no information", d.Message);
    }

    [Fact]
    public void A_date_not_written_YYYY_MM_DD_is_an_error()
    {
        var d = SingleError(Header + "\nr1,no information,Not assessed yet,,15/03/2024");

        Assert.Equal(("UPR0605", 2, 5), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void A_recommendation_rated_twice_is_an_error()
    {
        var d = SingleError(Header + "\nr1,not implemented,Nothing yet,,\nr1,fully,Done,,");

        Assert.Equal(("UPR0607", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("already rated on row 2", d.Message);
    }

    [Fact]
    public void An_unknown_column_is_an_error()
    {
        var d = SingleError("recommendation_id,status,evidence,colour\nr1,fully,Done,green");

        Assert.Equal(("UPR0601", 1, 4), (d.Code, d.Line, d.Column));
        Assert.Contains("'colour'", d.Message);
    }

    [Fact]
    public void Missing_evidence_column_is_an_error()
    {
        var d = SingleError("recommendation_id,status\nr1,fully");

        Assert.Equal(("UPR0602", 1), (d.Code, d.Line));
        Assert.Contains("no 'evidence' column", d.Message);
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
