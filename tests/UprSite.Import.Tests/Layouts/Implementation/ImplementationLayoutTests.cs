using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Core.Vocabulary;
using UprSite.Import.Layouts.Implementation;

namespace UprSite.Import.Tests.Layouts.Implementation;

/// <summary>implementation.csv read on its own: every rating needs a known status, evidence and a YYYY-MM-DD date.</summary>
public sealed class ImplementationLayoutTests
{
    private const string Header = "recommendation_id,status,evidence,source,date";

    [Fact]
    public void Ratings_are_read_with_their_evidence_source_and_date()
    {
        var (file, diagnostics) = Read(Header + "\nr1,Fully,The protocol was ratified,Official journal,2024-03-15\nr2, partially implemented ,A draft law exists,,");

        Assert.Empty(diagnostics.Items);
        Assert.Equal(
            [("r1", ImplementationStatus.FullyImplemented, "Official journal", (DateOnly?)new DateOnly(2024, 3, 15)),
             ("r2", ImplementationStatus.PartiallyImplemented, null, null)],
            file.Ratings.Select(r => (r.RecommendationId, r.Status, r.Source, r.Assessed)));
    }

    [Fact]
    public void A_rating_without_evidence_is_an_error()
    {
        var d = SingleError(Header + "\nr1,not implemented,,Our report,2024-03-15");

        Assert.Equal(("UPR0603", 2, 3), (d.Code, d.Line, d.Column));
        Assert.Contains("no evidence", d.Message);
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
        var (file, diagnostics) = Read(csv);
        Assert.Empty(file.Ratings);
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal("input/countries/kh/implementation.csv", error.File);
        return error;
    }

    private static (ImplementationFile File, DiagnosticList Diagnostics) Read(string csv)
    {
        var diagnostics = new DiagnosticList();
        var source = new ImportFile("countries/kh/implementation.csv", "input/countries/kh/implementation.csv", Encoding.UTF8.GetBytes(csv));
        return (ImplementationLayout.Read("kh", source, diagnostics), diagnostics);
    }
}
