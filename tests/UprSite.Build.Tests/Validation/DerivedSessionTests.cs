using UprSite.Build.Compute;
using UprSite.Build.Tests.Support;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Validation;

/// <summary>
/// DIHR's real cycle-2 export gives no session: Cambodia's 205 rows of A/HRC/26/16 get session 18 (the review of 28
/// January 2014, DESIGN §7) derived from the report's symbol, marked so, and the explorer's session filter finds them.
/// </summary>
public sealed class DerivedSessionTests
{
    private static readonly List<Core.Recommendations.Recommendation> Cambodia2 = [.. RealExports.ReadCambodia(RealExports.DihrCycle2).File.Rows];

    private static Country WithReviews(params Review[] reviews) => RealExports.Cambodia with { Reviews = reviews };

    private static Review Review(int cycle, int? session) => new(cycle, session, null, [], null, null, null);

    [Fact]
    public void Every_row_of_the_real_export_gets_the_session_of_its_report_and_the_explorer_filters_by_it()
    {
        Assert.Equal(205, Cambodia2.Count);
        Assert.All(Cambodia2, r => Assert.Null(r.Session));
        Assert.All(Cambodia2, r => Assert.Equal("A/HRC/26/16", r.Document));
        var diagnostics = new DiagnosticList();

        var rows = SessionDerivationStep.Apply(WithReviews(Review(2, 18)), Cambodia2, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.All(rows, r => Assert.Equal((18, SessionOrigin.Document), (r.Session!.Value, r.SessionOrigin)));
        var session = ExplorerIndex.Of(rows, StateSlugs.For(rows.Select(r => r.RecommendingState)), Core.Statistics.RecommendationRatings.Of(rows, [])).Filter("session");
        Assert.Equal(["18"], session.Values);
        Assert.Equal([205], session.Counts);
        Assert.Equal("document", UprSite.Build.Output.Downloads.RecommendationsCsv.SessionSource(rows[0]));
        Assert.Equal(["The sessions of 205 recommendations by State are not in their sources: this site inferred them from the symbols of their Working Group reports."],
            UprSite.Build.Pages.Data.SessionNotes.Of(ThemeLabels.For("en"), rows));
    }

    [Fact]
    public void A_review_in_another_session_is_warned_about_once_and_the_reports_session_is_kept()
    {
        var diagnostics = new DiagnosticList();

        var rows = SessionDerivationStep.Apply(WithReviews(Review(2, 19)), Cambodia2, diagnostics);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("UPR0581", Cambodia2[0].Source.File, Cambodia2[0].Source.Row), (warning.Code, warning.File, warning.Line));
        Assert.Contains("A/HRC/26/16 is a report of session 18, but country.yml places the cycle-2 review in session 19", warning.Message);
        Assert.All(rows, r => Assert.Equal(18, r.Session));
    }

    [Fact]
    public void Rows_without_a_document_take_the_reviews_session_or_stay_unknown()
    {
        var undocumented = Cambodia2.Take(3).Select(r => r with { Document = null }).ToList();

        var reviewed = SessionDerivationStep.Apply(WithReviews(Review(2, 18)), undocumented, new DiagnosticList());
        var unknown = SessionDerivationStep.Apply(WithReviews(), undocumented, new DiagnosticList());

        Assert.All(reviewed, r => Assert.Equal((18, SessionOrigin.Review), (r.Session!.Value, r.SessionOrigin)));
        Assert.All(unknown, r => Assert.Null(r.Session));
        Assert.Null(UprSite.Build.Output.Downloads.RecommendationsCsv.SessionSource(unknown[0]));
    }
}
