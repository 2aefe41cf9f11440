using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.Import.Layouts.OhchrMatrix;

namespace UprSite.Build.Tests.Output;

/// <summary>
/// Rows by State of one paragraph are one matrix row naming every State, rows without a paragraph one entry each; clusters by first theme or issue, "No theme recorded" last; within
/// a cluster by paragraph number.
/// </summary>
public sealed class MatrixGroupingTests : IDisposable
{
    private const string Rows = """
        id,cycle,session,recommending_state,response,issues,document,paragraph,text
        g-0,2,18,Brazil,supported,Right to land,A/HRC/26/16,118.100,Publish a map of every land concession.
        g-1,2,18,France,supported,Right to land; Justice,A/HRC/26/16,118.9,Adopt a law on evictions with fair compensation.
        g-2,2,18,Japan,supported,Right to land,A/HRC/26/16,118.9,Adopt a law on evictions with fair compensation.
        g-3,2,18,Chile,noted,,A/HRC/26/16,118.10,Invite the special rapporteur on housing.
        g-4,2,18,Ghana,pending,Labour,,,Strengthen labour inspection in garment factories.
        g-5,2,18,Peru,pending,Labour,,,"Strengthen labour inspection  in garment factories"
        """;

    private const string Ratings = """
        recommendation_id,status,evidence,source,date
        g-2,fully implemented,The eviction law was adopted.,Official gazette,2023-03-01
        """;

    private readonly TestSite _site = new TestSite()
        .Write("countries/kh/recommendations/rows.csv", Rows)
        .Write("countries/kh/implementation.csv", Ratings);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void One_paragraph_made_by_two_States_is_one_row_naming_both_with_the_rating_of_either()
    {
        var result = _site.Build(write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var diagnostics = new DiagnosticList();
        var matrix = MatrixReadBack.Docx(result.Output!.Files["data/kh/matrix-cycle2.docx"].Content, diagnostics);

        Assert.Equal(5, matrix.Recommendations.Count);
        var joint = Assert.Single(matrix.Recommendations, r => r.Paragraph == "118.9");
        Assert.Equal(["France", "Japan"], joint.RecommendingStates.Select(s => s.EnglishName));
        Assert.StartsWith("Fully implemented\nThe eviction law was adopted.", joint.Assessment, StringComparison.Ordinal);
        Assert.Equal(["Right to land", "Justice"], joint.Themes.Select(t => t.Name));

        // Without a paragraph number the same words from two States may be two paragraphs: each stays an entry of its
        // own, and the document says so.
        var unnumbered = matrix.Recommendations.Where(r => r.Paragraph is null).ToList();
        Assert.Equal(["Ghana", "Peru"], unnumbered.Select(r => Assert.Single(r.RecommendingStates).EnglishName).Order());
        Assert.All(unnumbered, r => Assert.Equal(MatrixPosition.Pending, r.Position));
        Assert.Contains("2 entries give no paragraph number of the Working Group report", OutputMatrix.Paragraphs(result.Output.Files["data/kh/matrix-cycle2.docx"].Content));

        Assert.Equal(["Labour", "Right to land", "No theme recorded"], matrix.ThemeRows.Select(t => t.Theme.Name));
        Assert.Equal(["118.9", "118.100"], matrix.Recommendations.Where(r => r.ClusterThemes[0].Name == "Right to land").Select(r => r.Paragraph));
        Assert.Equal("No theme recorded", Assert.Single(Assert.Single(matrix.Recommendations, r => r.Paragraph == "118.10").ClusterThemes).Name);
    }

    [Fact]
    public void A_country_whose_rows_are_all_in_one_cycle_gets_that_cycles_matrix_only()
    {
        var result = _site.Build(write: false);
        var matrices = result.Output!.Files.Keys.Where(p => p.Contains("matrix-cycle", StringComparison.Ordinal)).Order();

        Assert.Equal(["data/kh/matrix-cycle2.docx", "data/kh/matrix-cycle2.xlsx"], matrices);
    }

    [Fact]
    public void Entries_under_the_paragraph_that_lists_a_whole_report_say_their_own_number_is_not_known()
    {
        using var site = new TestSite().Write("countries/kh/recommendations/rows.csv", """
            cycle,session,recommending_state,response,document,paragraph,text
            1,6,France,supported,A/HRC/13/4,60,Adopt a law on evictions.
            1,6,Chile,supported,A/HRC/13/4,60,Invite the special rapporteur on housing.
            1,6,Japan,supported,A/HRC/13/4,60,Invite the special rapporteur on housing.
            1,6,Peru,noted,A/HRC/13/4,61,Abolish the death penalty.
            """);
        var result = site.Build(write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var text = OutputMatrix.Paragraphs(result.Output!.Files["data/kh/matrix-cycle1.docx"].Content);
        Assert.Contains("3 entries give only the number of paragraphs 60, 61, the paragraphs that list the report's recommendations", text, StringComparison.Ordinal);
        Assert.DoesNotContain("give no paragraph number", text, StringComparison.Ordinal);
    }
}
