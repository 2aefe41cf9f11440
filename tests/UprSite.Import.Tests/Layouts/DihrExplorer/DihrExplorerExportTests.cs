using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import.Tables;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.DihrExplorer;

/// <summary>The DIHR SDG–Human Rights Data Explorer export of cycle 2 (.xlsx): the counts in ../shared/data/README.md.</summary>
public sealed class DihrExplorerExportTests
{
    [Fact]
    public void The_whole_file_gives_35996_rows_from_193_States_26515_supported_9481_noted()
    {
        var (file, diagnostics) = RealExports.ReadAll(RealExports.DihrCycle2);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Take(5)));
        Assert.Equal("DIHR SDG–Human Rights Data Explorer export", file.Layout);
        Assert.Equal(35_996, file.Rows.Count);
        Assert.Equal(193, file.StatesUnderReview);
        Assert.Equal(26_515, file.Rows.Count(r => r.Response == Response.Supported));
        Assert.Equal(9_481, file.Rows.Count(r => r.Response == Response.Noted));
        Assert.All(file.Rows, r => Assert.Equal(2, r.Cycle));
        var symbols = diagnostics.Items.Where(d => d.Code == "UPR0590").ToList();
        Assert.Equal(4, symbols.Count);
        Assert.All(symbols, d => Assert.Contains("document 'A/HRC/25/3OLD' is not a UN document symbol", d.Message, StringComparison.Ordinal));
        Assert.All(symbols, d => Assert.True(d.Line > 1 && d.Column == 13, d.ToString()));
        Assert.Equal(4, file.Rows.Count(r => r.Document == "A/HRC/25/3OLD" && r.StateUnderReview == "Saudi Arabia"));
    }

    [Theory]
    [InlineData("A/HRC/26/16", true)]
    [InlineData("A/HRC/25/5/Add.1", true)]
    [InlineData("A/HRC/13/4/Corr.1", true)]
    [InlineData("A/HRC/WG.6/18/KHM/1", true)]
    [InlineData("A/HRC/25/3OLD", false)]
    [InlineData("A/HRC/26", false)]
    [InlineData("a/hrc/26/16", false)]
    [InlineData("Report of the Working Group", false)]
    public void Document_symbols_are_told_from_other_text(string document, bool symbol) =>
        Assert.Equal(symbol, UprSite.Core.Recommendations.DocumentSymbol.IsUnSymbol(document));

    [Fact]
    public void Cambodia_gives_205_rows_163_supported_42_noted_all_from_its_cycle_2_report()
    {
        var (file, diagnostics) = RealExports.ReadCambodia(RealExports.DihrCycle2);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(205, file.Rows.Count);
        Assert.Equal(163, file.Rows.Count(r => r.Response == Response.Supported));
        Assert.Equal(42, file.Rows.Count(r => r.Response == Response.Noted));
        Assert.All(file.Rows, r => Assert.Equal("A/HRC/26/16", r.Document));
        Assert.Contains(file.Rows, r => r.Paragraph == "118.1" && r.RecommendingState == "France");
        Assert.Equal(205, file.Rows.Select(r => r.Id).Distinct().Count());
        Assert.Contains("used 205 of 35,996 rows", Assert.Single(diagnostics.Items, d => d.Code == "UPR0510").Message);
        Assert.Equal(["UPR0510", "UPR0572"], diagnostics.Items.Select(d => d.Code).Order());
    }

    [Fact]
    public void Goals_are_split_into_goal_numbers_even_where_a_label_holds_a_comma()
    {
        var (file, _) = RealExports.ReadCambodia(RealExports.DihrCycle2);

        var land = Assert.Single(file.Rows, r => r.Paragraph == "118.132" && r.RecommendingState == "Germany");
        Assert.Equal(["1", "2", "11", "12", "1.4", "11.1", "12.2", "12.6", "2.3"], land.Sdgs);
        Assert.Equal([1, 2, 11, 12], SdgGoalLinks.Of(land));
        var nhri = Assert.Single(file.Rows, r => r.Paragraph == "118.29");
        Assert.Equal(["16", "16.a"], nhri.Sdgs);
        Assert.Empty(Assert.Single(file.Rows, r => r.Paragraph == "118.1").Sdgs);
        Assert.All(file.Rows.SelectMany(r => r.Sdgs), g => Assert.InRange(int.Parse(g.Split('.')[0]), 1, 17));
        Assert.Equal(128, file.Rows.Count(r => r.Sdgs.Any(s => s.Contains('.'))));
    }

    /// <summary>Uruguay's rows of upr1.xlsx: 5.1, 8.7 and 16.a counted 9, 6 and 12 times by a script reading the workbook's XML.</summary>
    [Fact]
    public void Targets_stored_as_numbers_in_the_cycle_1_export_are_read_as_their_two_decimals()
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.CountryNamed("uy", "Uruguay"), RealExports.DihrCycle1);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items.Take(5)));
        var targets = file.Rows.SelectMany(r => r.Sdgs).Where(s => s.Contains('.')).CountBy(s => s).ToDictionary();
        Assert.Equal((9, 6, 12), (targets["5.1"], targets["8.7"], targets["16.a"]));
        Assert.DoesNotContain(targets.Keys, t => t.Length > 5);
    }

    [Fact]
    public void Action_categories_are_computed_from_the_text_since_the_export_has_none()
    {
        var (file, _) = RealExports.ReadCambodia(RealExports.DihrCycle2);

        Assert.Equal(ActionCategory.Specific, Assert.Single(file.Rows, r => r.Paragraph == "118.1").ActionCategory);
        Assert.True(file.Rows.Count(r => r.ActionCategory is not null) > 180);
    }

    [Fact]
    public void The_streaming_xlsx_reader_and_ExcelDataReader_read_the_same_table()
    {
        var bytes = File.ReadAllBytes(RealExports.DihrCycle2);

        var ours = XlsxTableReader.Read(bytes, out var ourProblem);
        var library = XlsTableReader.Read(bytes, out var libraryProblem);

        Assert.Null(ourProblem);
        Assert.Null(libraryProblem);
        Assert.Equal(library!.Rows[0].Cells, ours!.Rows[0].Cells);
        Assert.Equal(library.Rows.Count, ours.Rows.Count);
        foreach (var i in new[] { 1, 2, 18, 5_001, 20_001, ours.Rows.Count - 1 })
        {
            Assert.Equal(library.Rows[i].Line, ours.Rows[i].Line);
            Assert.Equal(library.Rows[i].Cells.Take(13), ours.Rows[i].Cells.Take(13));
        }
    }
}
