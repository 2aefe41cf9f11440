using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.Canonical;

/// <summary>
/// The canonical sdgs cell is split at ';' and line breaks, and at ',' or spaces only between numbers: a goal written
/// by name keeps its commas and spaces and is read as one goal.
/// </summary>
public sealed class CanonicalSdgListTests
{
    private static (RecommendationFile File, DiagnosticList Diagnostics) Read(string sdgs) =>
        RealExports.ReadFor(RealExports.Cambodia, RealExports.File("rows.csv", Encoding.UTF8.GetBytes(
            "cycle,recommending_state,response,sdgs,text\n" + $"2,France,supported,\"{sdgs}\",Ratify the Convention.\n")));

    [Theory]
    [InlineData("Peace, justice and strong institutions", "16")]
    [InlineData("16. Peace, justice and strong institutions", "16")]
    [InlineData("16. Peace, justice and strong institutions; 5. Gender equality", "16 5")]
    [InlineData("Peace, justice and strong institutions\nGender equality", "16 5")]
    [InlineData("16, 5", "16 5")]
    [InlineData("16,5;10", "16 5 10")]
    [InlineData("16 5", "16 5")]
    [InlineData("16.10, 16.a 5", "16.10 16.a 5")]
    [InlineData("Goal 16; Goal 5", "16 5")]
    public void Goals_by_number_or_name_are_read_without_a_warning(string sdgs, string expected)
    {
        var (file, diagnostics) = Read(sdgs);

        Assert.DoesNotContain(diagnostics.Items, d => d.Severity != Severity.Info);
        Assert.Equal(expected.Split(' '), Assert.Single(file.Rows).Sdgs);
    }

    [Fact]
    public void A_name_that_is_no_goal_is_one_warning_not_one_per_word()
    {
        var (file, diagnostics) = Read("Peace and quiet for all");

        Assert.Empty(Assert.Single(file.Rows).Sdgs);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.UnresolvedSdgLabel.Id);
        Assert.Contains("'Peace and quiet for all'", warning.Message, StringComparison.Ordinal);
    }
}
