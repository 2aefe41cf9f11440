using DocumentFormat.OpenXml.Wordprocessing;
using UprSite.Core.Diagnostics;
using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import.Tests.Support;
using static UprSite.Import.Tests.Support.Docx;

namespace UprSite.Import.Tests.Layouts.OhchrMatrix;

/// <summary>
/// What later matrices add to the themes: an "SDGs:" list in the themes cell (third cycle), "Groups of Persons:" for the
/// affected persons and a "Relevant SDGs" column of its own (fourth cycle), a header repeated on every page.
/// </summary>
public sealed class LaterMatrixColumnsTests
{
    private static TableRow Header() => Row("Recommendation and recommending State", "Position of the State under review",
        "Human rights themes and groups of persons", "Relevant SDGs");

    private static readonly Lazy<RecommendationFile> FourthCycle = new(() => Read(WithHeading("UPR of Cambodia (4th Cycle - 46th Session)",
        Header(),
        Spanning("Theme: Ratification of & accession to international instruments", 4),
        Row("140.7 Accede to the Covenant's Optional Protocol (Maldives) (Portugal);\nSource of Position: A/HRC/57/9/Add.1 - Para.3",
            "Supported", "- Ratification of & accession to international instruments\n- Right to education\nGroups of Persons: \n- Children\n- Public officials",
            "- 4 - QUALITY EDUCATION\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"),
        Header(),
        Row("140.8 Open schools in every district (Côte d’Ivoire);\nSource of Position: A/HRC/57/9/Add.1 - Para.3",
            "Supported/Noted", "- Right to education\nGroups of Persons: \n- Children", string.Empty))));

    [Fact]
    public void Groups_of_persons_are_the_affected_persons_and_never_themes()
    {
        var rows = FourthCycle.Value.Rows.Where(r => r.Paragraph == "140.7").ToList();

        Assert.Equal(["Maldives", "Portugal"], rows.Select(r => r.RecommendingState));
        Assert.All(rows, r => Assert.Equal(["Ratification of & accession to international instruments", "Right to education"], r.Themes));
        Assert.All(rows, r => Assert.Equal(["Children", "Public officials"], r.AffectedPersons));
    }

    [Fact]
    public void The_Relevant_SDGs_column_gives_the_goals_as_numbers()
    {
        Assert.All(FourthCycle.Value.Rows.Where(r => r.Paragraph == "140.7"), r => Assert.Equal(["4", "16"], r.Sdgs));
        Assert.Empty(FourthCycle.Value.Rows.Single(r => r.Paragraph == "140.8").Sdgs);
    }

    [Fact]
    public void A_header_repeated_on_the_next_page_is_no_recommendation_and_the_heading_gives_the_session()
    {
        Assert.Equal(["140.7", "140.7", "140.8"], FourthCycle.Value.Rows.Select(r => r.Paragraph));
        Assert.All(FourthCycle.Value.Rows, r => Assert.Equal((4, (int?)46), (r.Cycle, r.Session)));
        Assert.Equal("Côte d'Ivoire", FourthCycle.Value.Rows[2].RecommendingState);
        Assert.Equal(Response.PartlySupported, FourthCycle.Value.Rows[2].Response);
    }

    [Fact]
    public void An_SDGs_list_inside_the_themes_cell_is_read_apart_from_the_themes()
    {
        var file = Read(WithTable(
            Row("Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"),
            Row("121.1 Ratify the Convention on enforced disappearance (France) (Lithuania);\nSource of Position: A/HRC/41/17 - Para 121",
                "Supported", "- Acceptance of international norms\n- Enforced disappearances\nSDGs: \n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\n"
                + "Affected persons: \n- Disappeared persons", string.Empty)));

        Assert.Equal(2, file.Rows.Count);
        Assert.All(file.Rows, r => Assert.Equal(["Acceptance of international norms", "Enforced disappearances"], r.Themes));
        Assert.All(file.Rows, r => Assert.Equal(["16"], r.Sdgs));
        Assert.All(file.Rows, r => Assert.Equal(["Disappeared persons"], r.AffectedPersons));
        Assert.All(file.Rows, r => Assert.Null(r.Assessment));
    }

    [Fact]
    public void Rows_of_a_matrix_split_over_two_tables_without_paragraph_numbers_stay_two_recommendations()
    {
        TableRow Header() => Row("Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation");
        var file = Read(Document(
            Table(Header(), Row("Ratify the Convention on enforced disappearance (France);\nSource of Position: A/HRC/41/17", "Supported", string.Empty, string.Empty)),
            Table(Header(), Row("Invite the special rapporteur on torture (France);\nSource of Position: A/HRC/41/17", "Noted", string.Empty, string.Empty))));

        Assert.Equal(2, file.Rows.Count);
        Assert.Equal(2, file.Rows.Select(r => r.Source.Row).Distinct().Count());
        Assert.Equal(2, file.Rows.Select(r => RecommendationKey.Of(r.Document, r.Paragraph, r.Source, r.Text)).Distinct().Count());
    }

    [Fact]
    public void A_voluntary_pledge_in_a_matrix_is_kept_apart_not_an_error()
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", WithTable(
            Row("Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"),
            Row("121.1 Ratify the Convention on enforced disappearance (France) (Lithuania);\nSource of Position: A/HRC/41/17 - Para 121", "Supported", string.Empty, string.Empty),
            Row("121.2 Invite the special rapporteur on torture (Chile);\nSource of Position: A/HRC/41/17 - Para 121", "Noted", string.Empty, string.Empty),
            Row("Submit its mid-term report in 2021.\nSource of Position: A/HRC/41/17", "Voluntary pledge", string.Empty, string.Empty))));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(3, file.Rows.Count);
        Assert.DoesNotContain(file.Rows, r => r.Text.Contains("mid-term", StringComparison.Ordinal));
        var pledge = Assert.Single(file.Pledges);
        Assert.Equal("Submit its mid-term report in 2021.", pledge.Text);
        Assert.Equal(3, pledge.Cycle);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.PledgesKeptApart.Id);
        var summary = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.MatrixRead.Id);
        Assert.StartsWith("read 2 recommendations (paragraphs)", summary.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.IncompleteMatrixRecommendation.Id);
    }

    private static RecommendationFile Read(byte[] bytes)
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("matrix.docx", bytes));
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        return file;
    }
}
