using UprSite.Import.Layouts.OhchrMatrix;
using UprSite.Import.Tests.Support;
using static UprSite.Import.Tests.Support.Docx;

namespace UprSite.Import.Tests.Layouts.OhchrMatrix;

/// <summary>The first generation, written here: theme rows, States in brackets at the end of each State's part.</summary>
public sealed class ThemeListLayoutTests
{
    [Fact]
    public void Finds_the_header_by_its_names_in_any_order_case_and_spacing()
    {
        var matrix = MatrixFixture.Of(
            Row("Matrix of recommendations", string.Empty, string.Empty, string.Empty),
            Row(" POSITION ", "Assessment /  comments on level of implementation", "recommendation", "Full List of Themes"),
            Row("Noted", "Not implemented.", "12.3. Abolish the death penalty (Australia)", "D23 Death penalty"));

        var only = Assert.Single(matrix.Recommendations);
        Assert.Equal(MatrixGeneration.ThemeList, matrix.Read.Generation);
        Assert.Equal(("12.3", MatrixPosition.Noted, "Not implemented.", "D23"), (only.Paragraph, only.Position, only.Assessment, only.Themes[0].Code));
        Assert.Equal(["AU"], only.RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(3, only.Row);
        Assert.Empty(matrix.Problems);
    }

    [Fact]
    public void Splits_a_paragraph_into_one_clause_per_State_bracket()
    {
        var matrix = Matrix(
            "7.1. Ratify the Covenant (ICCPR) (Maldives) (Portugal); Ratify the Optional Protocol (Chile);Accede to the Covenant (Maldives) .\n"
            + "Source of position: A/HRC/1/2/Add.1 - Para. 3");

        var paragraph = Assert.Single(matrix.Recommendations);
        Assert.Equal(
            [("Ratify the Covenant (ICCPR)", "MV PT"), ("Ratify the Optional Protocol", "CL"), ("Accede to the Covenant", "MV")],
            paragraph.Clauses.Select(c => (c.Text, string.Join(' ', c.States.Select(s => s.Alpha2)))));
        Assert.Equal(["MV", "PT", "CL"], paragraph.RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(new PositionSource("A/HRC/1/2/Add.1", "Para. 3"), paragraph.SourceOfPosition);
        Assert.StartsWith("Ratify the Covenant (ICCPR) (Maldives)", paragraph.Text, StringComparison.Ordinal);
        Assert.Empty(matrix.Problems);
    }

    [Theory]
    [InlineData("5.1. Support the national institution (NHRI); follow up on the review (UPR); sign the Covenant (ICCPR) (Chile)")]
    [InlineData("5.1. Report on the SDGs (2030 Agenda) to the UN (Chile)")]
    public void Abbreviations_in_brackets_stay_in_the_text(string cell)
    {
        var matrix = Matrix(cell);

        var paragraph = Assert.Single(matrix.Recommendations);
        Assert.Equal(["CL"], paragraph.RecommendingStates.Select(s => s.Alpha2));
        Assert.Single(paragraph.Clauses);
        Assert.Empty(matrix.Problems);
    }

    [Fact]
    public void Reads_a_paragraph_number_column_and_a_source_of_position_on_the_text_line()
    {
        var matrix = MatrixFixture.Of(
            Row("No.", "Recommendation", "Position"),
            Row("Para. 8.4.", "Protect reporters (Chile); Source of position: A/HRC/5/6/Add.1, page 3", "Noted"));

        var only = Assert.Single(matrix.Recommendations);
        Assert.Equal("8.4", only.Paragraph);
        Assert.Equal("Protect reporters (Chile);", only.Text);
        Assert.Equal(["CL"], only.RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal(new PositionSource("A/HRC/5/6/Add.1", "page 3"), only.SourceOfPosition);
        Assert.Empty(matrix.Problems);
    }

    [Fact]
    public void A_misspelt_State_in_the_middle_of_a_paragraph_ends_its_clause_and_is_kept_under_its_name()
    {
        var matrix = Matrix("6.1. Ratify the Covenant (Sierra Leon); Ratify the Protocol (Chile)");

        var paragraph = Assert.Single(matrix.Recommendations);
        Assert.Equal(["Ratify the Covenant", "Ratify the Protocol"], paragraph.Clauses.Select(c => c.Text));
        Assert.Equal(["CL"], paragraph.RecommendingStates.Select(s => s.Alpha2));
        Assert.Equal("Sierra Leon", Assert.Single(paragraph.UnrecognisedStates).Name);
        Assert.Equal(["Chile", "Sierra Leon"], paragraph.RecommendingNames.Order(StringComparer.Ordinal));
        Assert.Empty(matrix.Problems);
    }

    [Theory]
    [InlineData("Roma")]
    [InlineData("Paris Principles")]
    public void A_bracket_of_words_far_from_any_State_s_name_is_the_text_s_own(string words)
    {
        var matrix = Matrix($"6.2. Protect the rights of minorities ({words}); end discrimination in schools (Chile);");

        var paragraph = Assert.Single(matrix.Recommendations);
        Assert.Equal(["Chile"], paragraph.RecommendingNames);
        Assert.Empty(matrix.Problems);
    }

    [Fact]
    public void A_convention_number_in_brackets_before_the_State_is_the_text_s_own()
    {
        var matrix = Matrix("121.3 Ratify the Protocol to the Forced Labour Convention, 1930 (No. 29) (Spain);");

        var paragraph = Assert.Single(matrix.Recommendations);
        Assert.Equal(["ES"], paragraph.RecommendingStates.Select(s => s.Alpha2));
        Assert.Empty(paragraph.UnrecognisedStates);
        Assert.Empty(matrix.Problems);
    }

    [Fact]
    public void A_Word_97_matrix_asks_to_be_saved_as_docx()
    {
        var matrix = MatrixFixture.OfBytes(Ole2.WithStream("WordDocument"));

        Assert.Null(matrix.Document);
        Assert.Equal("UPR0521", Assert.Single(matrix.Diagnostics.Items).Code);
    }

    [Fact]
    public void A_paragraph_under_two_themes_is_one_recommendation_under_both()
    {
        var matrix = MatrixFixture.Of(
            Header,
            Spanning("Theme: A12 Acceptance of international norms", 4),
            Row("9.1. Ratify the Convention (Chile)", "Supported", "A12 Acceptance of international norms", string.Empty),
            Spanning("Theme: F12 Discrimination against women", 4),
            Row("9.1. Ratify the Convention (Chile)", "Supported", "F12 Discrimination against women", string.Empty),
            Row("9.2. Ratify another convention (Chile)", "Supported", "F12 Discrimination against women", string.Empty));

        Assert.Equal(2, matrix.Recommendations.Count);
        var repeated = matrix.Paragraph("9.1");
        Assert.Equal(["A12", "F12"], repeated.ClusterThemes.Select(t => t.Code));
        Assert.Equal(["A12", "F12"], repeated.Themes.Select(t => t.Code));
        var info = Assert.Single(matrix.Problems);
        Assert.Equal(("UPR0526", UprSite.Core.Diagnostics.Severity.Info, 5), (info.Code, info.Severity, info.Line));
        Assert.Equal(2, matrix.Read.ThemeRows.Count);
    }

    [Fact]
    public void The_same_number_with_another_text_is_warned_about_and_left_out()
    {
        var matrix = Matrix("9.1. Ratify the Convention (Chile)", "9.1. Ratify a different Convention (Chile)");

        Assert.Equal("Ratify the Convention (Chile)", Assert.Single(matrix.Recommendations).Text);
        var warning = Assert.Single(matrix.Problems);
        Assert.Equal(("UPR0526", UprSite.Core.Diagnostics.Severity.Warning, 3), (warning.Code, warning.Severity, warning.Line));
    }

    [Fact]
    public void A_position_that_is_none_is_an_error_at_its_cell_and_an_empty_one_is_pending()
    {
        var matrix = MatrixFixture.Of(
            Header,
            Row("3.1. Do this (Chile)", "Maybe later", string.Empty, string.Empty),
            Row("3.2. Do that (Chile)", string.Empty, string.Empty, string.Empty));

        Assert.Equal([null, MatrixPosition.Pending], matrix.Recommendations.Select(r => r.Position));
        var problems = matrix.Problems;
        Assert.Equal(
            [("UPR0525", true, 2, 2), ("UPR0525", false, 3, 2)],
            problems.Select(d => (d.Code, d.IsError, d.Line, d.Column)));
        Assert.Contains("'Maybe later'", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_number_or_State_is_kept_and_warned_about()
    {
        var matrix = Matrix("Ratify the Convention (Chile)", "4.2. Ratify the Protocol.");

        Assert.Equal([null, "4.2"], matrix.Recommendations.Select(r => r.Paragraph));
        Assert.Empty(matrix.Paragraph("4.2").RecommendingStates);
        Assert.Equal([("UPR0524", 2), ("UPR0524", 3)], matrix.Problems.Select(d => (d.Code, d.Line)));
        Assert.Contains("no paragraph number", matrix.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("paragraph 4.2 names no recommending State", matrix.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_a_header_goes_on_with_the_previous_one()
    {
        var bytes = Document(
            Table(Header, Row("1.1. First (Chile)", "Supported", string.Empty, string.Empty)),
            Paragraph("page break"),
            Table(Row("1.2. Second (Estonia)", "Noted", string.Empty, string.Empty)));

        var matrix = MatrixFixture.OfBytes(bytes);

        // Rows are counted through the document's tables: the second table's first row is the document's third.
        Assert.Equal([("1.1", 1, 2), ("1.2", 2, 3)], matrix.Recommendations.Select(r => (r.Paragraph, r.Table, r.Row)));
    }

    [Fact]
    public void A_document_without_a_matrix_header_is_an_error_showing_its_first_row()
    {
        var matrix = MatrixFixture.Of(Row("Name", "Date"), Row("x", "y"));

        Assert.Null(matrix.Document);
        var error = Assert.Single(matrix.Diagnostics.Items);
        Assert.Equal("UPR0522", error.Code);
        Assert.Contains("'Name | Date'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_an_error_not_an_exception()
    {
        var matrix = MatrixFixture.OfBytes(File.ReadAllBytes(Path.Combine(RepoPaths.SharedData, "dihr-sdg-explorer", "upr2.xlsx")));

        Assert.Null(matrix.Document);
        Assert.Equal("UPR0520", Assert.Single(matrix.Diagnostics.Items).Code);
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Header =>
        Row("Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation");

    private static MatrixFixture Matrix(params string[] recommendations) =>
        MatrixFixture.Of([Header, .. recommendations.Select(r => Row(r, "Supported", string.Empty, string.Empty))]);
}
