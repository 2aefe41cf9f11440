using System.Text;
using UprSite.Core.Diagnostics;
using UprSite.Core.Reference;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Sources;

/// <summary>What the import's messages say: in words (no enum names), counts agreeing with their nouns, and true.</summary>
public sealed class DiagnosticWordingTests
{
    [Fact]
    public void The_matrix_summary_names_its_layout_and_positions_in_words()
    {
        var summary = Assert.Single(ChinaMatrix.Diagnostics.Items, d => d.Code == DiagnosticCodes.MatrixRead.Id).Message;

        Assert.StartsWith("read 252 recommendations (paragraphs) as an OHCHR matrix, the thematic list (recommendation, position, full list of themes): 204 supported, 48 noted;",
            summary, StringComparison.Ordinal);
        Assert.Contains("285 recommendations by State from 125 States; 51 theme rows", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("ThemeList", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void One_pledge_is_counted_in_the_singular()
    {
        const string Header = "cycle,recommending_state,response,text\n";
        var (_, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("rows.csv",
            Encoding.UTF8.GetBytes(Header + "2,Cambodia,voluntary pledge,We will report.\n2,France,supported,Ratify.\n")));

        Assert.StartsWith("kept 1 voluntary pledge apart:",
            Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCodes.PledgesKeptApart.Id).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_source_is_handed_on_as_the_canonical_unknown_source_and_an_organisation_under_its_name()
    {
        const string Header = "cycle,recommending_state,response,text\n";
        var (file, diagnostics) = RealExports.ReadFor(RealExports.Cambodia, RealExports.File("rows.csv", Encoding.UTF8.GetBytes(Header
            + "2,&#40;Unknown&#41;,supported,Strengthen the judiciary.\n2,N/A,noted,Abolish the death penalty.\n"
            + "2,EU,supported,Ratify the Convention.\n")));

        Assert.Equal([NonStateSources.Unknown.EnglishName, NonStateSources.Unknown.EnglishName, "European Union"],
            file.Rows.Select(r => r.RecommendingState));
        var warnings = diagnostics.Items.Where(d => d.Code == DiagnosticCodes.NonStateRecommendingSource.Id).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains("under 'Unknown', which pages show as 'source not recorded'", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("under 'European Union'", warnings[2].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("source not recorded", warnings[2].Message, StringComparison.Ordinal);
    }
}
