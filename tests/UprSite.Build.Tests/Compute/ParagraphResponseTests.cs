using System.Text.Json;
using UprSite.Build.Tests.Support;
using UprSite.Core.Statistics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// A paragraph whose rows were answered apart (one clause or co-sponsor supported, another noted) is partly supported,
/// whichever row comes first. Antigua and Barbuda's cycle-2 rows in the real DIHR export hold 7 such paragraphs of 76
/// (135.23, 135.38, 135.39, 135.40, 135.55, 135.57, 135.61), as a separate script reading the workbook's XML also found.
/// </summary>
public sealed class ParagraphResponseTests
{
    private static readonly DihrParagraphResponses Oracle = DihrParagraphResponses.Of(RealExports.DihrCycle2, "Antigua and Barbuda", "Cycle 2");

    [Theory]
    [InlineData(new[] { Response.Supported, Response.Supported }, Response.Supported)]
    [InlineData(new[] { Response.Noted, Response.Supported }, Response.PartlySupported)]
    [InlineData(new[] { Response.Supported, Response.Noted }, Response.PartlySupported)]
    [InlineData(new[] { Response.Supported, Response.PartlySupported }, Response.PartlySupported)]
    [InlineData(new[] { Response.Pending, Response.Noted }, Response.Noted)]
    [InlineData(new[] { Response.Pending, Response.Pending }, Response.Pending)]
    [InlineData(new Response[0], Response.Pending)]
    public void A_paragraph_takes_the_response_its_rows_agree_on_else_partly_supported(Response[] rows, Response expected) =>
        Assert.Equal(expected, ParagraphResponse.Of(rows));

    [Fact]
    public void The_independent_count_holds_what_a_second_reader_found()
    {
        Assert.Equal((76, 20, 49, 7), (Oracle.Paragraphs, Oracle.Supported, Oracle.Noted, Oracle.PartlySupported));
        Assert.Equal((127, 123), (Oracle.Rows, Oracle.ByState));
        Assert.Equal(["135.23", "135.38", "135.39", "135.40", "135.55", "135.57", "135.61"], Oracle.Mixed);
    }

    [Fact]
    public void Statistics_and_the_output_matrix_count_paragraphs_answered_apart_as_partly_supported()
    {
        using var country = RealExportCountry.Build("ag", "names: {en: Antigua and Barbuda}\nreviews:\n  - {cycle: 2, session: 25, date: 2016-05-03}\n",
            RealExports.DihrCycle2, "upr2.xlsx");

        var rows = country.CycleRows(2);
        Assert.Equal((Oracle.ByState, Oracle.Paragraphs, Oracle.Supported, Oracle.Noted, Oracle.PartlySupported),
            (rows.GetProperty("received").GetInt32(), Paragraphs(rows).Total, Paragraphs(rows).Supported, Paragraphs(rows).Noted, Paragraphs(rows).PartlySupported));
        Assert.Equal(Oracle.PartlySupported, OutputMatrix.Cells(country.File("data/ag/matrix-cycle2.docx")).Count(p => p.StartsWith("Supported/Noted", StringComparison.Ordinal)));
    }

    [Fact]
    public void One_States_clauses_of_one_paragraph_answered_apart_are_one_recommendation_by_State_partly_supported_and_reported()
    {
        // DIHR lists Benin's 186.17 to China twice, "... ratification of ICCPR" supported and the same with its two
        // optional protocols noted: one recommendation by State, with the longer text, partly supported; and
        // Maldives' 186.1 twice (the Covenant, its first Optional Protocol), one recommendation by State as in the matrix.
        var oracle = DihrParagraphResponses.Of(RealExports.DihrCycle2, "China", "Cycle 2");
        using var country = RealExportCountry.Build("cn", "names: {en: China}\nreviews:\n  - {cycle: 2, session: 17, date: 2013-10-22}\n",
            RealExports.DihrCycle2, "upr2.xlsx");

        var rows = country.CycleRows(2);
        Assert.Equal((oracle.Paragraphs, oracle.Supported, oracle.Noted, oracle.PartlySupported),
            (Paragraphs(rows).Total, Paragraphs(rows).Supported, Paragraphs(rows).Noted, Paragraphs(rows).PartlySupported));
        Assert.Contains("186.17", oracle.Mixed);
        Assert.Equal((oracle.Rows - 2, oracle.ByState), (oracle.ByState, rows.GetProperty("received").GetInt32()));
        var info = Assert.Single(country.Result.Diagnostics, d => d.Code == "UPR0573" && d.Message.Contains("Benin paragraph 186.17", StringComparison.Ordinal));
        Assert.Contains("Benin paragraph 186.17 again", info.Message, StringComparison.Ordinal);
        Assert.Contains("'partly-supported'", info.Message, StringComparison.Ordinal);
        var csv = country.Text("data/cn/recommendations.csv");
        Assert.Contains("optional protocols", csv.Split('\n').Single(l => l.Contains(",Benin,", StringComparison.Ordinal) && l.Contains("186.17", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    private static (int Total, int Supported, int Noted, int PartlySupported) Paragraphs(JsonElement rows) =>
        (rows.GetProperty("recommendations").GetInt32(), rows.GetProperty("recommendations_supported").GetInt32(),
            rows.GetProperty("recommendations_noted").GetInt32(), rows.GetProperty("recommendations_partly_supported").GetInt32());
}
