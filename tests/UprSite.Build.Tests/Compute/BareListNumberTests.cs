using System.Text.Json;
using UprSite.Build.Tests.Reference;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// DIHR numbers Uruguay's 2009 recommendations partly "98.12" and partly by the bare "38" of the paragraph listing them
/// all ("A/HRC/12/12|38|" holds Brazil's, Germany's, Azerbaijan's and Algeria's four different texts). A bare number
/// names no recommendation: the pages, statistics.json and the output matrix agree that the paragraphs are not known
/// and give each text under it an entry of its own. A separate script reading the workbook's XML found 98 rows, 58 of
/// them under bare numbers, 98 entries (the old rule counted 77 "paragraphs").
/// </summary>
public sealed class BareListNumberTests
{
    private static readonly DihrListNumbers Oracle = DihrListNumbers.Of(RealExports.DihrCycle1, "Uruguay", "Cycle 1");

    [Fact]
    public void The_independent_count_holds_what_a_second_reader_found() =>
        Assert.Equal((98, 58, 98), (Oracle.Rows, Oracle.Bare, Oracle.Entries));

    [Fact]
    public void Pages_statistics_and_the_output_matrix_treat_a_bare_number_as_no_paragraph_of_its_own()
    {
        using var country = RealExportCountry.Build("uy", "names: {en: Uruguay}\nreviews:\n  - {cycle: 1, session: 5, date: 2009-05-13}\n",
            RealExports.DihrCycle1, "upr1.xlsx");

        var rows = country.CycleRows(1);
        Assert.Equal(Oracle.Rows, rows.GetProperty("received").GetInt32());
        Assert.False(rows.GetProperty("paragraphs_known").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rows.GetProperty("recommendations").ValueKind);
        Assert.Equal(Oracle.Bare, rows.GetProperty("rows_under_list_number").GetInt32());
        var page = country.Text("en/countries/uy/index.html");
        Assert.Contains($"Cycle 1: {Oracle.Rows} recommendations by State; the number of recommendations as the Working Group report numbers them is not known: {Oracle.Bare} of them give no paragraph number of their own.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("recommendations as the Working Group report numbers them, and", page, StringComparison.Ordinal);
        Assert.Equal(Oracle.Entries, OutputMatrix.Entries(country.File("data/uy/matrix-cycle1.docx")));
    }
}
