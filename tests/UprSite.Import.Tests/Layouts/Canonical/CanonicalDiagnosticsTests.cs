using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Core.Vocabulary;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.Canonical;

/// <summary>Bad rows of the canonical layout get diagnostics at their file, line (row) and column, saying what to fix; nothing is half-imported.</summary>
public sealed class RecommendationDiagnosticsTests
{
    private const string Folder = "input/countries/kh/recommendations";
    private const string Header = "id,session,recommending_state,text,response,action_category,issues";

    [Fact]
    public void An_unknown_column_is_named_at_its_place_in_the_header_with_the_nearest_known_name()
    {
        var d = SingleError(Header + ",responce\nr1,18,France,Ratify the protocol,noted,5,Death penalty,x");

        Assert.Equal(("UPR0501", 1, 8), (d.Code, d.Line, d.Column));
        Assert.Contains("unknown column 'responce'", d.Message);
        Assert.Contains("did you mean 'response'?", d.Message);
    }

    [Fact]
    public void A_missing_required_column_is_reported_on_the_header()
    {
        var d = SingleError("id,session,recommending_state,text\nr1,18,France,Ratify the protocol");

        Assert.Equal(("UPR0502", 1), (d.Code, d.Line));
        Assert.Contains("no 'response' column", d.Message);
    }

    [Fact]
    public void A_missing_required_value_points_at_its_row_and_column()
    {
        var d = SingleError(Header + "\nr1,18,France,Ratify the protocol,noted,5,Death penalty\nr2,18,,Ratify the protocol,noted,5,Death penalty");

        Assert.Equal(("UPR0503", 3, 3), (d.Code, d.Line, d.Column));
        Assert.Contains("no recommending State", d.Message);
    }

    [Fact]
    public void An_unknown_response_lists_the_words_that_work()
    {
        var d = SingleError(Header + "\nr1,18,France,Ratify the protocol,maybe,5,Death penalty");

        Assert.Equal(("UPR0504", 2, 5), (d.Code, d.Line, d.Column));
        Assert.Contains("unknown response 'maybe'", d.Message);
        Assert.All(ResponseVocabulary.Words, word => Assert.Contains($"'{word}'", d.Message, StringComparison.Ordinal));
        Assert.Contains("'supported/noted'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'partly supported'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'voluntary pledge'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("four")]
    public void An_action_category_outside_1_to_5_is_an_error(string category)
    {
        var d = SingleError(Header + $"\nr1,18,France,Ratify the protocol,noted,{category},Death penalty");

        Assert.Equal(("UPR0505", 2, 6), (d.Code, d.Line, d.Column));
        Assert.Contains($"'{category}' should be a number from 1", d.Message);
    }

    [Fact]
    public void An_unknown_issue_suggests_the_nearest_issue()
    {
        var d = SingleError(Header + "\nr1,18,France,Ratify the protocol,noted,5,\"Death penalty; Womens rights\"");

        Assert.Equal(("UPR0506", 2, 7), (d.Code, d.Line, d.Column));
        Assert.Contains("unknown issue 'Womens rights'; did you mean 'Women's rights'?", d.Message);
    }

    [Fact]
    public void A_duplicate_id_names_the_line_of_the_first_use()
    {
        var d = SingleError(Header + "\nr1,18,France,Ratify the protocol,noted,5,\nr1,18,Spain,Abolish it,noted,5,");

        Assert.Equal(("UPR0507", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("already used on line 2", d.Message);
    }

    [Fact]
    public void A_cycle_that_contradicts_the_session_is_an_error()
    {
        var d = SingleError("cycle,session,recommending_state,text,response\n3,18,France,Ratify the protocol,noted");

        Assert.Equal(("UPR0508", 2, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("session 18, which belongs to cycle 2", d.Message);
    }

    [Fact]
    public void Line_numbers_count_the_lines_of_a_quoted_field_that_spans_several()
    {
        var d = SingleError(Header + "\nr1,18,France,\"Ratify\nthe\nprotocol\",noted,5,\nr2,18,Spain,Abolish it,noted,9,");

        Assert.Equal(("UPR0505", 5, 6), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void A_damaged_workbook_is_an_error_not_a_crash()
    {
        var d = SingleError("export.xlsx", "this is not a zip file"u8.ToArray());

        Assert.Equal("UPR0500", d.Code);
        Assert.Contains("this file is damaged or is not an .xlsx workbook", d.Message);
    }

    [Fact]
    public void A_damaged_old_style_workbook_is_an_error_not_a_crash()
    {
        var d = SingleError("export.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3]);

        Assert.Equal("UPR0500", d.Code);
        Assert.Contains("this file is damaged or is not an Excel workbook", d.Message);
    }

    [Fact]
    public void A_file_of_another_kind_in_recommendations_is_an_error()
    {
        var d = SingleError("notes.txt", "to do"u8.ToArray());

        Assert.Equal("UPR0512", d.Code);
        Assert.Contains("'notes.txt' is not a .csv, .tsv, .xlsx, .xls or .docx file", d.Message);
    }

    private static Diagnostic SingleError(string csv) => SingleError("rows.csv", Encoding.UTF8.GetBytes(csv));

    /// <summary>The one error of importing the file into Cambodia's recommendations/, located in that file.</summary>
    private static Diagnostic SingleError(string name, byte[] bytes)
    {
        var file = new ImportFile($"countries/kh/recommendations/{name}", $"{Folder}/{name}", bytes);
        var (rows, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, file);
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal(file.DisplayPath, error.File);
        Assert.Empty(rows.Rows);
        return error;
    }
}
