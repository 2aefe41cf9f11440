using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Compute;
using UprSite.Build.Tests.Support;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.Output;

/// <summary>
/// The site's own matrix read back as input gives the figures it was written from: the Netherlands' and Bhutan's
/// cycle 1 from DIHR's export, where DIHR lists some States' clauses of one paragraph as rows of their own (Brazil's,
/// Algeria's, Russia's, Ghana's, Mexico's and Jordan's 78.x to the Netherlands; Argentina's 101.1 and Spain's three
/// rows of 101.4 to Bhutan), which the site counts as one recommendation by State each, as a matrix lists them.
/// </summary>
public sealed class MatrixRoundTripTests(DihrCycle1Sites built) : IClassFixture<DihrCycle1Sites>
{
    [Theory]
    [InlineData("nl", "Netherlands", 49, 43, 31)]
    [InlineData("bt", "Bhutan", 149, 146, 99)]
    public void DIHRs_rows_count_each_State_once_per_paragraph_as_a_hand_count_of_the_workbook_does(string code, string name, int rows, int byState, int paragraphs)
    {
        var oracle = DihrParagraphResponses.Of(RealExports.DihrCycle1, name, "Cycle 1");
        Assert.Equal((rows, byState, paragraphs), (oracle.Rows, oracle.ByState, oracle.Paragraphs));
        var country = Country(built.Dihr(code).Result, code);
        Assert.Equal(byState, country.Recommendations.Count);
        Assert.Equal(paragraphs, country.Recommendations.Select(r => r.Key).Distinct().Count());
        Assert.Equal(byState, built.Dihr(code).CycleRows(1).GetProperty("received").GetInt32());
        Assert.Single(built.Dihr(code).Result.Diagnostics, d => d.Code == "UPR0575" && d.Message.StartsWith($"cycle 1: {rows - byState} rows", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "docx")]
    [InlineData("nl", "xlsx")]
    [InlineData("bt", "docx")]
    [InlineData("bt", "xlsx")]
    public void The_output_matrix_read_back_gives_the_same_paragraphs_recommendations_by_State_and_responses(string code, string format)
    {
        var read = format == "docx" ? built.FromDocx : built.FromXlsx;
        Assert.True(read.Succeeded, string.Join('\n', read.Diagnostics.Where(d => d.IsError)));
        Assert.DoesNotContain(read.Diagnostics, d => d.Code is "UPR0501" or "UPR0533" or "UPR0523");

        Assert.Equal(Answers(built.Dihr(code).Result, code), Answers(read, code));
        Assert.Equal(Statistics(built.Dihr(code).Result, code), Statistics(read, code));
    }

    /// <summary>Each recommendation by State: paragraph, State, response.</summary>
    private static List<string> Answers(BuildResult result, string code) =>
        [.. Country(result, code).Recommendations.Select(r => $"{r.Paragraph} {r.RecommendingState} {r.Response}").Order(StringComparer.Ordinal)];

    private static string Statistics(BuildResult result, string code)
    {
        using var json = System.Text.Json.JsonDocument.Parse(result.Output!.Files[$"data/{code}/statistics.json"].Content);
        return json.RootElement.GetProperty("cycles")[0].GetProperty("rows").GetRawText();
    }

    private static Country Country(BuildResult result, string code) => result.Site!.Countries.Single(c => c.Code == code);
}
