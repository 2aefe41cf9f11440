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
        Assert.Equal(["135.23", "135.38", "135.39", "135.40", "135.55", "135.57", "135.61"], Oracle.Mixed);
    }

    [Fact]
    public void Statistics_and_the_output_matrix_count_paragraphs_answered_apart_as_partly_supported()
    {
        using var site = new TestSite(withCountry: false);
        site.Write("countries/ag/country.yml", "names: {en: Antigua and Barbuda}\nreviews:\n  - {cycle: 2, session: 25, date: 2016-05-03}\n");
        site.CopyInto(RealExports.DihrCycle2, "countries/ag/recommendations/upr2.xlsx");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var statistics = JsonDocument.Parse(result.Output!.Files["data/ag/statistics.json"].Content);
        var cycle = statistics.RootElement.GetProperty("cycles").EnumerateArray().Single(c => c.GetProperty("cycle").GetInt32() == 2);
        var rows = cycle.GetProperty("rows");
        Assert.Equal(
            (Oracle.Rows, Oracle.Paragraphs, Oracle.Supported, Oracle.Noted, Oracle.PartlySupported),
            (rows.GetProperty("received").GetInt32(), rows.GetProperty("recommendations").GetInt32(), rows.GetProperty("recommendations_supported").GetInt32(),
                rows.GetProperty("recommendations_noted").GetInt32(), rows.GetProperty("recommendations_partly_supported").GetInt32()));
        Assert.Equal(Oracle.PartlySupported, Positions(result.Output.Files["data/ag/matrix-cycle2.docx"].Content).Count(p => p == "Supported/Noted"));
    }

    [Fact]
    public void One_States_clauses_of_one_paragraph_answered_apart_are_one_recommendation_by_State_partly_supported_and_reported()
    {
        // DIHR lists Benin's 186.17 to China twice, "... ratification of ICCPR" supported and the same with its two
        // optional protocols noted: one recommendation by State, with the longer text, partly supported.
        var oracle = DihrParagraphResponses.Of(RealExports.DihrCycle2, "China", "Cycle 2");
        using var site = new TestSite(withCountry: false);
        site.Write("countries/cn/country.yml", "names: {en: China}\nreviews:\n  - {cycle: 2, session: 17, date: 2013-10-22}\n");
        site.CopyInto(RealExports.DihrCycle2, "countries/cn/recommendations/upr2.xlsx");

        var result = site.Build(write: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var statistics = JsonDocument.Parse(result.Output!.Files["data/cn/statistics.json"].Content);
        var rows = statistics.RootElement.GetProperty("cycles").EnumerateArray().Single(c => c.GetProperty("cycle").GetInt32() == 2).GetProperty("rows");
        Assert.Equal((oracle.Paragraphs, oracle.Supported, oracle.Noted, oracle.PartlySupported),
            (rows.GetProperty("recommendations").GetInt32(), rows.GetProperty("recommendations_supported").GetInt32(),
                rows.GetProperty("recommendations_noted").GetInt32(), rows.GetProperty("recommendations_partly_supported").GetInt32()));
        Assert.Contains("186.17", oracle.Mixed);
        Assert.Equal(oracle.Rows - 1, rows.GetProperty("received").GetInt32());
        var info = Assert.Single(result.Diagnostics, d => d.Code == "UPR0573");
        Assert.Contains("Benin paragraph 186.17 again", info.Message, StringComparison.Ordinal);
        Assert.Contains("'partly-supported'", info.Message, StringComparison.Ordinal);
        var csv = System.Text.Encoding.UTF8.GetString(result.Output.Files["data/cn/recommendations.csv"].Content);
        Assert.Contains("optional protocols", csv.Split('\n').Single(l => l.Contains(",Benin,", StringComparison.Ordinal) && l.Contains("186.17", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text of every table cell of the matrix, as Word shows it.</summary>
    private static List<string> Positions(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText.Trim()).ToList();
    }
}
