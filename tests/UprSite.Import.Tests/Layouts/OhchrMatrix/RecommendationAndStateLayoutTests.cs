using UprSite.Core.Diagnostics;
using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tests.Support;
using static UprSite.Import.Tests.Support.Docx;

namespace UprSite.Import.Tests.Layouts.OhchrMatrix;

/// <summary>
/// The third generation: <c>Recommendation and recommending State | Position of the State under review | …</c>, with
/// UHRI theme codes and an "Affected persons" column.
/// </summary>
public sealed class RecommendationAndStateLayoutTests
{
    private static readonly MatrixFixture Matrix = MatrixFixture.Of(
        Row("RECOMMENDATION AND  RECOMMENDING STATE", "Position of the State under review", "Full list of themes", "Affected persons",
            "Assessment/comments on level of implementation"),
        Spanning("Theme: S16 SDG 16 - peace, justice and strong institutions", 5),
        Row("115.1 Ratify the Optional Protocol to the Convention against Torture (Bolivia (Plurinational State of)) (Portugal)",
            "Supported in part\nSource of position: A/HRC/99/2/Add.1 - Para. 4", "A12 Acceptance of international norms\nD25 Prohibition of torture",
            "- persons deprived of their liberty\n- general", "Fully implemented."),
        Row("115.2 Strengthen the national human rights institution (NHRI) in line with the Paris Principles (Chile, Estonia and Slovenia);",
            "Noted", "A45 National Human Rights Institution (NHRI)", "- general", string.Empty),
        Row("115.3 Raise the minimum age of marriage to 18\nRecommending State: Côte d’Ivoire", "Supported", "F12 Discrimination against women",
            "- girls", string.Empty),
        Row("115.4 Register every birth free of charge (Sierra Leon)", "Pending", "F31 Children: definition; general principles; protection",
            "- children", string.Empty));

    [Fact]
    public void Is_told_apart_by_its_combined_header_in_any_case_and_spacing()
    {
        Assert.Equal(MatrixGeneration.RecommendationAndState, Matrix.Read.Generation);
        Assert.Equal(["115.1", "115.2", "115.3", "115.4"], Matrix.Recommendations.Select(r => r.Paragraph));
    }

    [Fact]
    public void Reads_States_in_brackets_nested_several_and_listed()
    {
        Assert.Equal(["BO", "PT"], Matrix.Paragraph("115.1").RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(["CL", "EE", "SI"], Matrix.Paragraph("115.2").RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(["CI"], Matrix.Paragraph("115.3").RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal("Ratify the Optional Protocol to the Convention against Torture", Assert.Single(Matrix.Paragraph("115.1").Clauses).Text);
        Assert.Equal("Raise the minimum age of marriage to 18", Matrix.Paragraph("115.3").Text);
    }

    [Fact]
    public void A_bracket_inside_the_text_is_not_a_State()
    {
        var nhri = Matrix.Paragraph("115.2");
        Assert.Equal("Strengthen the national human rights institution (NHRI) in line with the Paris Principles", Assert.Single(nhri.Clauses).Text);
    }

    [Fact]
    public void A_misspelt_State_is_counted_under_its_name_as_every_source_is()
    {
        var birth = Matrix.Paragraph("115.4");
        Assert.Empty(birth.RecommendingStates);
        var unknown = Assert.Single(birth.UnrecognisedStates);
        Assert.Equal("Sierra Leon", unknown.Name);
        Assert.Equal("Sierra Leone", unknown.Nearest[0]);
        Assert.Equal(["Sierra Leon"], birth.RecommendingNames);

        // The import warns about it as about any other source's unknown name (UPR0533, with the nearest States).
        Assert.Empty(Matrix.Problems);
        Assert.Equal(7, Matrix.Read.RecommendationsByState);
    }

    [Fact]
    public void Reads_positions_codes_affected_persons_and_assessment()
    {
        Assert.Equal(
            [MatrixPosition.PartlySupported, MatrixPosition.Noted, MatrixPosition.Supported, MatrixPosition.Pending],
            Matrix.Recommendations.Select(r => r.Position));
        var first = Matrix.Paragraph("115.1");
        Assert.Equal(new PositionSource("A/HRC/99/2/Add.1", "Para. 4"), first.SourceOfPosition);
        Assert.Equal(["A12", "D25"], first.Themes.Select(t => t.Code));
        Assert.Equal(new MatrixTheme("S16", "SDG 16 - peace, justice and strong institutions"), Assert.Single(first.ClusterThemes));
        Assert.Equal(["persons deprived of their liberty", "general"], first.AffectedPersons);
        Assert.Equal("Fully implemented.", first.Assessment);
        Assert.Equal(new MatrixTheme("F31", "Children: definition; general principles; protection"), Assert.Single(Matrix.Paragraph("115.4").Themes));
    }

    [Fact]
    public void Each_clause_line_of_recommending_States_adds_its_States()
    {
        var matrix = MatrixFixture.Of(
            Row("Recommendation and recommending State", "Position of the State under review", "Full list of themes",
                "Assessment/comments on level of implementation"),
            Row("132.3 Ratify the Second Optional Protocol to the Covenant\nRecommending State: Montenegro, Poland, Portugal\n" +
                "Accede to the Second Optional Protocol to the Covenant\nRecommending States: Australia; Chile", "Noted",
                "A12 Acceptance of international norms", string.Empty));

        var paragraph = matrix.Paragraph("132.3");
        Assert.Equal(["ME", "PL", "PT", "AU", "CL"], paragraph.RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(5, matrix.Read.RecommendationsByState);
    }
}
