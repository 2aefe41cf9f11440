using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tests.Support;
using static UprSite.Import.Tests.Support.Docx;

namespace UprSite.Import.Tests.Layouts.OhchrMatrix;

/// <summary>The second generation: <c>Recommendation | Recommending state/s | Position | …</c>, the States in their own column.</summary>
public sealed class StatesColumnLayoutTests
{
    private static readonly MatrixFixture Matrix = MatrixFixture.Of(
        Row("Recommendation", "Recommending state/s", "Position", "Full list of themes", "Assessment/comments on level of implementation"),
        Spanning("Theme: A41 Constitutional and legislative framework", 5),
        Row("118.1 Adopt a law that protects reporters from arbitrary arrest.", "Chile\nEstonia", "Supported",
            "A41 Constitutional and legislative framework\nD43 Freedom of opinion and expression\nAffected persons:\n- journalists\n- media workers",
            "Partially implemented: a draft law was tabled.\nNo vote yet."),
        Row("118.2 Set up a body that hears complaints about police conduct.", "Slovenia, Tunisia and Uruguay", "Supported/Noted",
            "D51 Administration of justice & fair trial", string.Empty),
        Spanning("Theme: A24 Cooperation with special procedures", 5),
        Row("118.3 Invite the special rapporteur on food.", "Bosnia and Herzegovina", "Noted\nSource of position: A/HRC/99/1/Add.1 - Para. 7",
            "A24 Cooperation with special procedures", "Not implemented."),
        Row("118.4 Publish figures on pre-trial detention every year.", "- Trinidad and Tobago\n- Viet Nam\n- Chile", "Accepted",
            "D33 Arbitrary arrest and detention", string.Empty));

    [Fact]
    public void Is_told_apart_by_its_States_column()
    {
        Assert.Equal(MatrixGeneration.StatesColumn, Matrix.Read.Generation);
        Assert.Empty(Matrix.Problems);
        Assert.Equal(["118.1", "118.2", "118.3", "118.4"], Matrix.Recommendations.Select(r => r.Paragraph));
    }

    [Fact]
    public void Reads_the_States_one_a_line_or_as_a_list()
    {
        Assert.Equal(["CL", "EE"], Matrix.Paragraph("118.1").RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(["SI", "TN", "UY"], Matrix.Paragraph("118.2").RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(["BA"], Matrix.Paragraph("118.3").RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(["TT", "VN", "CL"], Matrix.Paragraph("118.4").RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(9, Matrix.Read.RecommendationsByState);
        Assert.Equal(8, Matrix.Read.RecommendingStates.Count);
    }

    [Fact]
    public void Keeps_the_text_whole_as_one_clause()
    {
        var first = Matrix.Paragraph("118.1");
        Assert.Equal("Adopt a law that protects reporters from arbitrary arrest.", first.Text);
        var clause = Assert.Single(first.Clauses);
        Assert.Equal(first.Text, clause.Text);
        Assert.Equal(first.RecommendingStates, clause.States);
    }

    [Fact]
    public void Reads_positions_including_partly_supported()
    {
        Assert.Equal(
            [MatrixPosition.Supported, MatrixPosition.PartlySupported, MatrixPosition.Noted, MatrixPosition.Supported],
            Matrix.Recommendations.Select(r => r.Position));
        Assert.Equal("Supported/Noted", Matrix.Paragraph("118.2").PositionText);
    }

    [Fact]
    public void Reads_themes_affected_persons_and_the_assessment()
    {
        var first = Matrix.Paragraph("118.1");
        Assert.Equal([new MatrixTheme("A41", "Constitutional and legislative framework"), new MatrixTheme("D43", "Freedom of opinion and expression")], first.Themes);
        Assert.Equal(["journalists", "media workers"], first.AffectedPersons);
        Assert.Equal("Partially implemented: a draft law was tabled.\nNo vote yet.", first.Assessment);
        Assert.Equal(string.Empty, Matrix.Paragraph("118.2").Assessment);
        Assert.Equal("A24", Assert.Single(Matrix.Paragraph("118.3").ClusterThemes).Code);
        Assert.Equal("A41", Assert.Single(Matrix.Paragraph("118.2").ClusterThemes).Code);
    }

    [Fact]
    public void Reads_a_source_of_position_written_under_the_position()
    {
        Assert.Equal(new PositionSource("A/HRC/99/1/Add.1", "Para. 7"), Matrix.Paragraph("118.3").SourceOfPosition);
        Assert.Null(Matrix.Paragraph("118.1").SourceOfPosition);
    }
}
