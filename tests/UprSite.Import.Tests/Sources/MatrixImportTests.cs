using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Vocabulary;
using UprSite.Import.Tests.Support;
using static UprSite.Import.Tests.Support.Docx;

namespace UprSite.Import.Tests.Sources;

/// <summary>A .docx in recommendations/ is read as an OHCHR matrix: one row per paragraph and recommending State.</summary>
public sealed class MatrixImportTests
{
    private static readonly Country China = RealExports.CountryNamed("cn", "China");

    private static readonly Lazy<(RecommendationFile File, DiagnosticList Diagnostics)> ChinaRows =
        new(() => RealExports.ReadFor(China, RealExports.File("china-cycle2-2013.docx", File.ReadAllBytes(RepoPaths.ChinaMatrix))));

    private static byte[] SmallMatrix => WithTable(
        Row("Recommendation", "Recommending state/s", "Position", "Full list of themes", "Assessment/comments on level of implementation"),
        Row("118.1 Adopt a law that protects reporters.", "Chile\nEstonia", "Supported\nSource of position: A/HRC/41/9/Add.1",
            "D43 Freedom of opinion and expression\nAffected persons:\n- journalists", "Partially implemented: a draft was tabled."),
        Row("118.2 Set up a police complaints body.", "Slovenia", "Supported/Noted\nSource of position: A/HRC/41/9/Add.1",
            "D51 Administration of justice", string.Empty));

    [Fact]
    public void The_China_matrix_gives_285_rows_by_State_from_252_paragraphs_in_cycle_2()
    {
        var (file, diagnostics) = ChinaRows.Value;

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(285, file.Rows.Count);
        Assert.Equal(252, file.RowsInFile);
        Assert.Equal(252, file.Rows.Select(r => r.Paragraph).Distinct().Count());
        Assert.All(file.Rows, r => Assert.Equal(2, r.Cycle));
        Assert.All(file.Rows, r => Assert.Equal("A/HRC/25/5", r.Document));
        Assert.Equal(125, file.Rows.Select(r => r.RecommendingState).Distinct().Count());
        var byParagraph = file.Rows.GroupBy(r => r.Paragraph).ToList();
        Assert.Equal(204, byParagraph.Count(g => g.First().Response == Response.Supported));
        Assert.Equal(48, byParagraph.Count(g => g.First().Response == Response.Noted));
        Assert.Equal(285, file.Rows.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Each_row_keeps_its_paragraph_themes_and_affected_persons()
    {
        var rows = ChinaRows.Value.File.Rows.Where(r => r.Paragraph == "186.1").ToList();
        Assert.Equal(9, rows.Count);
        Assert.Contains(rows, r => r.RecommendingState == "Sierra Leone");

        var first = ChinaRows.Value.File.Rows.Single(r => r.Paragraph == "186.28");
        Assert.Equal(["A12", "B51"], first.Themes.Select(t => t.Split(' ')[0]));
        Assert.Equal("A12 Acceptance of international norms", first.Themes[0]);
        Assert.Equal(["general"], first.AffectedPersons);
        Assert.Null(first.Assessment);
    }

    [Fact]
    public void A_small_matrix_gives_its_rows_with_the_partly_supported_position_and_the_assessment()
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", SmallMatrix));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(["Chile", "Estonia", "Slovenia"], file.Rows.Select(r => r.RecommendingState));
        Assert.Equal([Response.Supported, Response.Supported, Response.PartlySupported], file.Rows.Select(r => r.Response));
        Assert.All(file.Rows, r => Assert.Equal(3, r.Cycle));
        Assert.All(file.Rows, r => Assert.Equal("Kingdom of Cambodia", r.StateUnderReview)); // the name rows without one get
        Assert.Equal("Partially implemented: a draft was tabled.", file.Rows[0].Assessment);
        Assert.Equal(["journalists"], file.Rows[1].AffectedPersons);
    }

    [Fact]
    public void The_review_in_country_yml_gives_the_cycle_and_session_of_its_report()
    {
        var cambodia = RealExports.Cambodia with { Reviews = [new Review(3, 32, null, [], "A/HRC/41/9", null, null)] };

        var (file, _) = RealExports.ReadFor(cambodia, RealExports.File("matrix.docx", SmallMatrix));

        Assert.All(file.Rows, r => Assert.Equal((3, (int?)32), (r.Cycle, r.Session)));
    }

    [Fact]
    public void A_matrix_citing_no_document_and_no_review_is_an_error_naming_what_to_add()
    {
        var bytes = WithTable(Row("Recommendation", "Position"), Row("118.1 Adopt a law. (Chile)", "Supported"));

        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", bytes));

        Assert.Empty(file.Rows);
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal(DiagnosticCodes.MatrixCycleUnknown.Id, error.Code);
        Assert.Contains("report_symbol", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("matrix.xlsx")]
    [InlineData("matrix.csv")]
    [InlineData("matrix.docx")]
    public void A_Word_document_under_any_name_is_read_as_one(string name)
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File(name, SmallMatrix));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(3, file.Rows.Count);
        Assert.DoesNotContain(diagnostics.Items, d => d.Message.Contains("worksheet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("matrix.doc")]
    [InlineData("matrix.xlsx")]
    [InlineData("matrix.docx")]
    public void A_Word_97_document_under_any_name_is_told_to_be_saved_as_docx(string name)
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File(name, Ole2.WithStream("WordDocument")));

        Assert.Empty(file.Rows);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.WordDocumentIsDoc.Id, error.Code);
        Assert.Contains("Word 97 document", error.Message, StringComparison.Ordinal);
        Assert.Contains("File → Save As → Word Document", error.Message, StringComparison.Ordinal);
    }
}
