using UprSite.Core.Diagnostics;
using UprSite.Core.Reference;
using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.OhchrMatrix;

/// <summary>
/// The real matrix of China's second review (../shared/data/ohchr-matrix): the counts its README gives, and the
/// counting decisions docs/recommendations.md ("OHCHR matrices") states.
/// </summary>
public sealed class ChinaMatrixTests
{
    private static MatrixDocument Matrix => ChinaMatrix.Document;

    [Fact]
    public void Reads_252_paragraphs_once_each_in_the_theme_list_layout()
    {
        Assert.Equal(MatrixGeneration.ThemeList, Matrix.Generation);
        Assert.Equal(252, Matrix.Recommendations.Count);
        Assert.Equal(252, Matrix.Recommendations.Select(r => r.Paragraph).Distinct().Count());
        Assert.All(Matrix.Recommendations, r => Assert.Matches(@"^186\.[0-9]{1,3}$", r.Paragraph));
    }

    [Fact]
    public void Positions_are_the_official_204_supported_and_48_noted()
    {
        Assert.Equal(204, Matrix.Count(MatrixPosition.Supported));
        Assert.Equal(48, Matrix.Count(MatrixPosition.Noted));
        Assert.Equal(0, Matrix.Count(MatrixPosition.PartlySupported) + Matrix.Count(MatrixPosition.Pending));
        Assert.Equal(MatrixPosition.Supported, ChinaMatrix.Paragraph("186.28").Position);
        Assert.Equal(MatrixPosition.Noted, ChinaMatrix.Paragraph("186.1").Position);
        Assert.Equal(MatrixPosition.Noted, ChinaMatrix.Paragraph("186.107").Position);
    }

    [Fact]
    public void Reads_51_theme_rows_and_files_each_paragraph_under_the_row_above_it()
    {
        Assert.Equal(51, Matrix.ThemeRows.Count);
        Assert.Equal(new MatrixTheme("A12", "Acceptance of international norms"), Matrix.ThemeRows[0].Theme);
        Assert.All(Matrix.ThemeRows, t => Assert.Matches("^[A-H][0-9]{1,2}$", t.Theme.Code));
        Assert.All(Matrix.Recommendations, r => Assert.Single(r.ClusterThemes));
        Assert.Equal(51, Matrix.Recommendations.Select(r => r.ClusterThemes[0]).Distinct().Count());

        var first = ChinaMatrix.Paragraph("186.28");
        Assert.Equal(Matrix.ThemeRows[0].Theme, first.ClusterThemes[0]);
        Assert.Equal(["A12", "B51"], first.Themes.Select(t => t.Code));
        Assert.Equal(["general"], first.AffectedPersons);
    }

    [Fact]
    public void Every_paragraph_gives_its_source_of_position_in_the_addendum()
    {
        Assert.All(Matrix.Recommendations, r =>
        {
            Assert.Equal("A/HRC/25/5/Add.1", r.SourceOfPosition?.Document);
            Assert.Equal($"Para. {r.Paragraph}", r.SourceOfPosition?.Where);
        });
    }

    [Fact]
    public void Fourteen_paragraphs_name_several_States()
    {
        var several = Matrix.Recommendations.Where(r => r.RecommendingStates.Count > 1).ToList();
        Assert.Equal(14, several.Count);

        var ratifyIccpr = ChinaMatrix.Paragraph("186.1");
        Assert.Equal(10, ratifyIccpr.Clauses.Count);
        Assert.Equal(2, ratifyIccpr.Clauses.Count(c => c.States.Contains(UnStates.ByAlpha2("MV"))));
        Assert.Equal(["AL", "CL", "BE", "HU", "JP", "MV", "ES", "SL", "FR"], ratifyIccpr.RecommendingStates.Select(s => s.Alpha2));

        Assert.Equal(6, ChinaMatrix.Paragraph("186.107").RecommendingStates.Count);
    }

    [Fact]
    public void Counts_285_recommendations_by_State_from_125_States()
    {
        Assert.Equal(285, Matrix.RecommendationsByState);
        Assert.Equal(125, Matrix.RecommendingStates.Count);
        Assert.All(Matrix.Recommendations, r => Assert.Empty(r.UnrecognisedStates));
    }

    [Fact]
    public void Reads_the_document_broken_names_as_the_States_they_are()
    {
        Assert.Contains(UnStates.ByAlpha2("SL")!, ChinaMatrix.Paragraph("186.1").RecommendingStates);
        Assert.Equal(3, Matrix.Recommendations.Count(r => r.RecommendingStates.Contains(UnStates.ByAlpha2("SL")!)));
        Assert.Equal(2, Matrix.Recommendations.Count(r => r.RecommendingStates.Contains(UnStates.ByAlpha2("BO")!)));
    }

    [Fact]
    public void Reports_what_it_read_and_nothing_else()
    {
        var info = Assert.Single(ChinaMatrix.Diagnostics.Items);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal(DiagnosticCodes.MatrixRead.Id, info.Code);
        Assert.Contains("252 recommendations (paragraphs)", info.Message, StringComparison.Ordinal);
        Assert.Contains("204 supported, 48 noted", info.Message, StringComparison.Ordinal);
        Assert.Contains("285 recommendations by State from 125 States", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assessment_column_of_the_published_matrix_is_blank()
    {
        Assert.All(Matrix.Recommendations, r => Assert.Equal(string.Empty, r.Assessment));
    }
}
