using System.Text;
using System.Text.Json;
using UprSite.Build.Tests.Support;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Validation;

/// <summary>
/// A recommendation by State is one State's share of one paragraph, in every source: a State named in two clauses
/// of one paragraph (DIHR lists them as two rows, a matrix or UHRI as one) made one recommendation by State, answered
/// as its clauses together.
/// </summary>
public sealed class StateOncePerParagraphTests
{
    private const string DihrHeader = "Goals,Recommendation,Tekst,Targets,Keywords,Response,Recommending State,Mechanism,Procedures,Treaties,Type,field_year,Document";

    private const string Dihr = DihrHeader + """

        "16. Peace, justice and strong institutions",Cambodia,Establish an independent national human rights institution.,16.a,NHRI,Supported,Tunisia,UPR,,,Recommendation,2014 Cycle 2,Source:A/HRC/26/16|118.29|
        "5. Gender equality",Cambodia,Ratify the Optional Protocol to CEDAW.,,Women,Noted,Tunisia,UPR,,,Recommendation,2014 Cycle 2,Source:A/HRC/26/16|118.29|
        ,Cambodia,Adopt a moratorium on evictions,,Housing,Noted,Germany,UPR,,,Recommendation,2014 Cycle 2,Source:A/HRC/26/16|118.132|
        ,Cambodia,Ratify the Convention against Torture,,,Supported,France,UPR,,,Recommendation,2014 Cycle 2,Source:A/HRC/26/16|118.5|
        ,Cambodia,Ratify the Convention against Torture,,,Supported,Spain,UPR,,,Recommendation,2014 Cycle 2,Source:A/HRC/26/16|118.5|
        """;

    [Fact]
    public void Two_clause_rows_of_one_State_and_paragraph_are_one_recommendation_by_State_partly_supported_with_an_info_per_cycle()
    {
        using var site = new TestSite();
        site.Write("countries/kh/recommendations/dihr.csv", Dihr);

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        using var statistics = JsonDocument.Parse(result.Output!.Files["data/kh/statistics.json"].Content);
        var rows = statistics.RootElement.GetProperty("cycles").EnumerateArray().Single(c => c.GetProperty("cycle").GetInt32() == 2).GetProperty("rows");
        Assert.Equal((4, 3), (rows.GetProperty("received").GetInt32(), rows.GetProperty("recommendations").GetInt32()));
        var tunisia = Assert.Single(Assert.Single(result.Site!.Countries).Recommendations, r => r.RecommendingState == "Tunisia");
        Assert.Equal(Response.PartlySupported, tunisia.Response);
        Assert.Equal("Establish an independent national human rights institution; Ratify the Optional Protocol to CEDAW.", tunisia.Text);
        Assert.Equal(["16", "16.a", "5"], tunisia.Sdgs);
        var info = Assert.Single(result.Diagnostics, d => d.Code == "UPR0575");
        Assert.StartsWith("cycle 2: 1 row gives a State a paragraph that another of its rows gives (one State and paragraph; for example Tunisia, paragraph 118.29 of A/HRC/26/16)", info.Message, StringComparison.Ordinal);
        Assert.Contains("Tunisia, paragraph 118.29 of A/HRC/26/16", info.Message, StringComparison.Ordinal);
        Assert.EndsWith("the cycle counts 1 recommendation by State fewer than its rows", info.Message, StringComparison.Ordinal);
        Assert.Equal(2, info.Line);
        Assert.Equal(3, Assert.Single(result.Diagnostics, d => d.Code == "UPR0573").Line);
        var csv = Encoding.UTF8.GetString(result.Output.Files["data/kh/recommendations.csv"].Content);
        Assert.Single(csv.Split('\n'), l => l.Contains("Tunisia", StringComparison.Ordinal));
        Assert.Equal("Supported/Noted", OutputMatrix.Cells(result.Output.Files["data/kh/matrix-cycle2.docx"].Content)
            .SkipWhile(c => !c.StartsWith("118.29.", StringComparison.Ordinal)).Skip(1).First());
    }

    [Fact]
    public void A_canonical_files_two_rows_are_joined_too_and_a_rating_of_either_id_rates_the_one_recommendation()
    {
        using var site = new TestSite();
        site.Write("countries/kh/recommendations/rows.csv", """
            id,session,recommending_state,text,response,document,paragraph
            r1,18,France,Ratify the protocol,supported,A/HRC/26/16,118.7
            r2,18,France,Accede to the convention,supported,A/HRC/26/16,118.7
            r3,18,Spain,Set up the institution,noted,A/HRC/26/16,118.8
            """);
        site.Write("countries/kh/implementation.csv", "recommendation_id,status,evidence,source,date\nr2,fully implemented,The convention was ratified,,2024-03-15\n");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        var country = Assert.Single(result.Site!.Countries);
        var france = Assert.Single(country.Recommendations, r => r.RecommendingState == "France");
        Assert.Equal(("r1", Response.Supported, "Ratify the protocol; Accede to the convention"), (france.Id, france.Response, france.Text));
        Assert.Equal(["r2"], france.JoinedIds);
        var rating = Assert.Single(country.Implementation);
        Assert.Equal(("r1", ImplementationStatus.FullyImplemented), (rating.RecommendationId, rating.Status));
        Assert.Contains("cycle 2: 1 row", Assert.Single(result.Diagnostics, d => d.Code == "UPR0575").Message, StringComparison.Ordinal);
    }
}
