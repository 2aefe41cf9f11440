using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Matching;

/// <summary>
/// A State under Review that is misspelt or unknown is warned about where it is written, in every layout, with the
/// nearest States; a file that gives the country nothing says which States it holds.
/// </summary>
public sealed class StateUnderReviewDiagnosticsTests
{
    private const string Canonical = "cycle,session,state_under_review,recommending_state,response,text\n";
    private const string UprInfoHeader = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n";

    private static (RecommendationFile File, DiagnosticList Diagnostics) Read(string name, byte[] bytes) =>
        RealExports.ReadFor(RealExports.CountryNamed("kh", "Cambodia"), RealExports.File(name, bytes));

    private static (RecommendationFile File, DiagnosticList Diagnostics) ReadCsv(string text) =>
        Read("rows.csv", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_misspelt_state_under_review_in_a_canonical_file_is_a_located_warning_naming_the_nearest_states()
    {
        var (file, diagnostics) = ReadCsv(Canonical
            + "3,32,Kambodscha X,France,supported,Ratify the Optional Protocol.\n"
            + "3,32,Kambodscha X,Chile,noted,End forced evictions.\n");

        Assert.Empty(file.Rows);
        Assert.False(diagnostics.HasErrors);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownStateUnderReview.Id);
        Assert.Equal((Severity.Warning, "rows.csv", 2, 3), (warning.Severity, warning.File, warning.Line, warning.Column));
        Assert.Contains("State under Review 'Kambodscha X' is no UN member or observer State (on 2 rows, the first here)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("nearest States are Cambodia", warning.Message, StringComparison.Ordinal);
        Assert.Contains("write 'Cambodia' in this column, or add 'Kambodscha X' under 'aliases' in countries/kh/country.yml", warning.Message, StringComparison.Ordinal);
        var none = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoRowsForCountry.Id);
        Assert.Equal(Severity.Warning, none.Severity);
        Assert.Contains("every row's State under Review is 'Kambodscha X' (2 rows, no known State)", none.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.RecommendationRowsUsed.Id);
    }

    [Fact]
    public void A_misspelt_state_under_review_in_a_upr_info_export_is_warned_at_its_first_column()
    {
        var (file, diagnostics) = Read("export.csv", Encoding.UTF8.GetBytes(UprInfoHeader
            + "Cambodja,Asia,ASEAN,Ratify the convention.,France,WEOG,EU,Accepted,4,Migrants,18\n"));

        Assert.Empty(file.Rows);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownStateUnderReview.Id);
        Assert.Equal((2, 1), (warning.Line, warning.Column));
        Assert.Contains("'Cambodja'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("so this row is not counted for Cambodia; the nearest States are Cambodia", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_state_under_review_in_a_dihr_export_is_warned_at_its_column()
    {
        var bytes = Xlsx.Workbook(
            ["Goals", "Recommendation", "Tekst", "Targets", "Keywords", "Response", "Recommending state", "Mechanism", "Procedures", "Treaties", "Type", "field_year", "Document"],
            ["", "Cambodge X", "Ratify the convention.", "", "", "Supported", "France", "UPR", "", "", "", "2014 Cycle 2", "Source:A/HRC/26/16|118.1|"]);

        var (file, diagnostics) = Read("upr2.xlsx", bytes);

        Assert.Empty(file.Rows);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownStateUnderReview.Id);
        Assert.Equal((2, 2), (warning.Line, warning.Column));
        Assert.Contains("'Cambodge X'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Cambodia", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_state_under_review_in_a_uhri_export_is_warned_without_its_list_dash()
    {
        var bytes = Xlsx.Workbook(
            ["Text", "Countries Concerned", "UPR Reccomending States", "UPR Position", "UPR Session"],
            ["Ratify the convention.", "- Cambodja", "- France", "Supported", "18"]);

        var (file, diagnostics) = Read("uhri.xlsx", bytes);

        Assert.Empty(file.Rows);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownStateUnderReview.Id);
        Assert.Equal((2, 2), (warning.Line, warning.Column));
        Assert.Contains("State under Review 'Cambodja'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_single_state_warns_and_names_it()
    {
        var (file, diagnostics) = ReadCsv(Canonical
            + "2,18,Thailand,France,supported,Ratify the convention.\n"
            + "2,18,Thailand,Chile,noted,Abolish the death penalty.\n");

        Assert.Empty(file.Rows);
        var none = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoRowsForCountry.Id);
        Assert.Equal((Severity.Warning, 2, 3), (none.Severity, none.Line, none.Column));
        Assert.Contains("none of the 2 rows concern Cambodia: every row's State under Review is Thailand (2 rows)", none.Message, StringComparison.Ordinal);
        Assert.Contains("move it to that State's recommendations/ folder", none.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownStateUnderReview.Id);
    }

    [Fact]
    public void A_file_of_several_other_states_says_which_it_holds()
    {
        var (file, diagnostics) = ReadCsv(Canonical
            + "2,18,Thailand,France,supported,Ratify the convention.\n"
            + "2,18,Thailand,Chile,noted,Abolish the death penalty.\n"
            + "2,18,Viet Nam,Chile,noted,Abolish the death penalty.\n"
            + "2,18,Kambodscha X,Chile,noted,Abolish the death penalty.\n");

        Assert.Empty(file.Rows);
        var none = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.NoRowsForCountry.Id);
        Assert.Contains("none of the 4 rows concern Cambodia (the file holds 3 States under Review", none.Message, StringComparison.Ordinal);
        Assert.Contains("its rows are of Thailand (2 rows), 'Kambodscha X' (1 row, no known State), Viet Nam (1 row)", none.Message, StringComparison.Ordinal);
        var unknown = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownStateUnderReview.Id);
        Assert.Equal(5, unknown.Line);
    }

    [Fact]
    public void A_misspelling_nearest_to_the_country_is_warned_even_when_other_rows_are_used()
    {
        var (file, diagnostics) = ReadCsv(Canonical
            + "2,18,Cambodia,France,supported,Ratify the convention.\n"
            + "2,18,Cambodja,Chile,noted,Abolish the death penalty.\n"
            + "2,18,Thailand,Chile,noted,Abolish the death penalty.\n"
            + "2,18,Atlantis,Chile,noted,Abolish the death penalty.\n");

        Assert.Equal("France", Assert.Single(file.Rows).RecommendingState);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownStateUnderReview.Id);
        Assert.Equal((3, 3), (warning.Line, warning.Column));
        Assert.Contains("'Cambodja'", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.NoRowsForCountry.Id);
        Assert.Contains("used 1 of 4 rows", Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.RecommendationRowsUsed.Id).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_one_row_says_row_in_the_singular()
    {
        var (_, diagnostics) = ReadCsv(Canonical + "2,18,Cambodia,France,supported,Ratify the convention.\n");

        Assert.EndsWith("used 1 of 1 row; read as the canonical layout",
            Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.RecommendationRowsUsed.Id).Message, StringComparison.Ordinal);
    }
}
