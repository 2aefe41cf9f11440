using DocumentFormat.OpenXml.Wordprocessing;
using UprSite.Core.Diagnostics;
using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tests.Support;
using static UprSite.Import.Tests.Support.Docx;

namespace UprSite.Import.Tests.Sources;

/// <summary>
/// The review a matrix's rows belong to: its page heading ("UPR of Cambodia (3rd Cycle - 32nd Session)") names the
/// State, cycle and Working Group session; else the Council session of the report its positions cite.
/// </summary>
public sealed class MatrixReviewTests
{
    private static TableRow[] Rows(string source) =>
    [
        Row("Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"),
        Row($"110.1 Publish the budget of every ministry (Chile);\nSource of position: {source}", "Supported", "- Budget", string.Empty),
    ];

    [Theory]
    [InlineData("A/HRC/25/5/Add.1 - Para. 2", 2, 17)]
    [InlineData("A/HRC/13/4 - Para. 60", 1, 6)]
    [InlineData("A/HRC/26/16/Add.1", 2, 18)]
    [InlineData("A/HRC/41/17/Add.1 - Para.3", 3, 32)]
    [InlineData("A/HRC/43/15 - Para 121", 3, 34)]
    [InlineData("A/HRC/46/15/Add.1", 3, 36)]
    [InlineData("A/HRC/59/15/Add.1 - Para.3", 4, 48)]
    public void Without_a_heading_the_Council_session_of_the_report_gives_the_cycle_and_Working_Group_session(
        string source, int cycle, int session)
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", WithTable(Rows(source))));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        var row = Assert.Single(file.Rows);
        Assert.Equal((cycle, (int?)session), (row.Cycle, row.Session));
        Assert.Equal(source.Split(' ')[0].Replace("/Add.1", string.Empty, StringComparison.Ordinal), row.Document);
    }

    [Fact]
    public void The_eighth_Council_session_adopted_two_Working_Group_sessions_so_it_gives_the_cycle_alone()
    {
        var (file, _) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", WithTable(Rows("A/HRC/8/40/Add.1"))));

        Assert.Equal((1, (int?)null), (Assert.Single(file.Rows).Cycle, file.Rows[0].Session));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Working Group session 8, 6 May 2010; report of the Working Group A/HRC/15/8", 8)]
    public void The_title_of_the_matrix_this_tool_writes_names_the_review(string? reviewLine, int? session)
    {
        string[] lines = ["Kenya: Universal Periodic Review, cycle 1: matrix of recommendations with the coalition's assessment", .. reviewLine is null ? Array.Empty<string>() : [reviewLine]];

        var found = MatrixHeading.Find(lines);

        Assert.NotNull(found);
        Assert.Equal(("KE", 1, session), (found.State?.Alpha2, found.Cycle, found.Session));
    }

    [Fact]
    public void A_row_without_a_source_of_position_takes_the_cycle_of_the_tool_s_own_title()
    {
        var bytes = Document(
            Paragraph("Cambodia: Universal Periodic Review, cycle 2: matrix of recommendations with the coalition's assessment"),
            Table(Row("Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"),
                Row("Publish the budget of every ministry (Chile)", "Supported", string.Empty, string.Empty)));

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix-cycle2.docx", bytes));

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.MatrixCycleUnknown.Id);
        Assert.Equal(2, Assert.Single(file.Rows).Cycle);
    }

    [Theory]
    [InlineData("UPR of Cambodia (3rd Cycle - 32nd Session)", 3, 32)]
    [InlineData("UPR of Cambodia (2nd Cycle – 18th session)", 2, 18)]
    [InlineData("UPR of Cambodia (1st cycle, 6th session)", 1, 6)]
    public void The_heading_names_the_review(string heading, int cycle, int session)
    {
        var found = MatrixHeading.Find(["Page 3 of 27", heading + "Thematic list of recommendations"]);

        Assert.NotNull(found);
        Assert.Equal(("KH", cycle, session), (found.State?.Alpha2, found.Cycle, found.Session));
    }

    [Fact]
    public void A_heading_with_a_State_named_in_brackets_resolves_it()
    {
        var found = MatrixHeading.Find(["UPR of Bolivia (Plurinational State of) (4th Cycle - 46th Session)"]);

        Assert.Equal(("BO", 4, 46), (found?.State?.Alpha2, found?.Cycle, found?.Session));
    }

    [Fact]
    public void A_matrix_citing_no_document_takes_its_cycle_and_session_from_the_heading()
    {
        var bytes = WithHeading("UPR of Cambodia (2nd Cycle – 18th session)",
            Row("Recommendation", "Position"), Row("118.1 Adopt a law on access to information (Chile);", "Supported"));

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", bytes));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal((2, (int?)18), (Assert.Single(file.Rows).Cycle, file.Rows[0].Session));
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.MatrixRead.Id && d.Message.Contains("UPR of Cambodia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_naming_another_cycle_than_the_cited_report_is_set_aside_with_a_warning_at_the_paragraph()
    {
        // A matrix prepared for the third review lists the second review's recommendations.
        var bytes = WithHeading("UPR of Cambodia (3rd Cycle - 32nd Session)", Rows("A/HRC/26/16/Add.1"));

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", bytes));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal((2, (int?)18), (Assert.Single(file.Rows).Cycle, file.Rows[0].Session));
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.MatrixCycleConflict.Id);
        Assert.Equal((Severity.Warning, 2), (warning.Severity, warning.Line));
        Assert.Contains("cycle 3", warning.Message, StringComparison.Ordinal);
        Assert.Contains("cycle 2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matrix_of_another_State_is_left_out_with_a_warning_naming_it()
    {
        var bytes = WithHeading("UPR of Slovenia (3rd Cycle - 34th Session)", Rows("A/HRC/43/15 - Para 121"));

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", bytes));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Empty(file.Rows);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.MatrixOfAnotherState.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("Slovenia", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Cambodia", warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, file.LeftOut["paragraphs of another State under Review (Slovenia)"]);
    }

    [Fact]
    public void A_misspelt_State_is_kept_under_its_name_with_the_warning_every_source_gives()
    {
        var bytes = WithTable(
            Row("Recommendation", "Position"),
            Row("110.1 Publish the budget (Sierra Leon) (Chile);\nSource of position: A/HRC/41/17/Add.1", "Supported"));

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", bytes));

        Assert.Equal(["Sierra Leon", "Chile"], file.Rows.Select(r => r.RecommendingState).Order(StringComparer.Ordinal).Reverse());
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UnrecognisedRecommendingState.Id);
        Assert.Equal((2, 1), (warning.Line, warning.Column));
        Assert.Contains("nearest: Sierra Leone", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.UnrecognisedMatrixState.Id);
    }

    [Fact]
    public void A_State_named_in_two_clauses_of_one_paragraph_is_one_row()
    {
        var bytes = WithTable(
            Row("Recommendation", "Position"),
            Row("110.1 Ratify the Covenant (Maldives); accede to its Protocol (Maldives) (Chile);\nSource of position: A/HRC/41/17/Add.1",
                "Supported"));

        var (file, _) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", bytes));

        Assert.Equal(["Chile", "Maldives"], file.Rows.Select(r => r.RecommendingState).Order(StringComparer.Ordinal));
    }
}
