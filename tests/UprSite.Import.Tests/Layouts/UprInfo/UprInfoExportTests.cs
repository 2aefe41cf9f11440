using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.UprInfo;

/// <summary>UPR Info's export, re-saved as CSV on a classic Mac (CR line endings, Mac Roman): the counts in ../shared/data/README.md.</summary>
public sealed class UprInfoExportTests
{
    [Theory]
    [InlineData("6-9.csv", 8_343, 6_206, 2_137, 63)]
    [InlineData("17-20.csv", 7_984, 6_094, 1_890, 42)]
    public void The_whole_file_gives_the_known_totals(string name, int rows, int accepted, int noted, int statesUnderReview)
    {
        var (file, diagnostics) = RealExports.ReadAll(Path.Combine(RepoPaths.SharedData, "upr-info-2015", name));

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal("UPR Info database export", file.Layout);
        Assert.Equal(rows, file.RowsInFile);
        Assert.Equal(rows, file.Rows.Count);
        Assert.Equal(accepted, file.Rows.Count(r => r.Response == Response.Supported));
        Assert.Equal(noted, file.Rows.Count(r => r.Response == Response.Noted));
        Assert.Equal(statesUnderReview, file.StatesUnderReview);
        Assert.Equal(statesUnderReview, file.Rows.Select(r => r.StateUnderReview).Distinct().Count());
    }

    [Fact]
    public void Cambodia_session_18_gives_205_rows_163_supported_42_noted_from_72_States()
    {
        var (file, diagnostics) = RealExports.ReadCambodia(RealExports.UprInfo17To20);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(205, file.Rows.Count);
        Assert.All(file.Rows, r => Assert.Equal((18, 2), (r.Session!.Value, r.Cycle)));
        Assert.Equal(163, file.Rows.Count(r => r.Response == Response.Supported));
        Assert.Equal(42, file.Rows.Count(r => r.Response == Response.Noted));
        Assert.Equal(72, file.Rows.Select(r => r.RecommendingState).Distinct().Count());
        Assert.Equal("1:2 2:42 3:11 4:91 5:59", Categories(file.Rows));
        Assert.Equal(205, file.Rows.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Cambodia_session_6_gives_138_rows_all_supported_from_47_States()
    {
        var (file, diagnostics) = RealExports.ReadCambodia(RealExports.UprInfo6To9);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(138, file.Rows.Count);
        Assert.All(file.Rows, r => Assert.Equal((6, 1, Response.Supported), (r.Session!.Value, r.Cycle, r.Response)));
        Assert.Equal(47, file.Rows.Select(r => r.RecommendingState).Distinct().Count());
        Assert.Equal("1:2 2:24 3:8 4:66 5:38", Categories(file.Rows));
    }

    [Fact]
    public void Reading_reports_how_many_rows_of_the_file_were_used()
    {
        var (_, diagnostics) = RealExports.ReadCambodia(RealExports.UprInfo17To20);

        var info = Assert.Single(diagnostics.Items, d => d.Code == "UPR0510");
        Assert.Contains("used 205 of 7,984 rows", info.Message);
        Assert.Contains("42 States under Review", info.Message);
    }

    [Fact]
    public void Mac_Roman_letters_are_decoded_and_the_regional_group_and_issues_are_kept()
    {
        var (file, _) = RealExports.ReadAll(RealExports.UprInfo6To9);

        Assert.Contains(file.Rows, r => r.Text.Contains("Guaraní", StringComparison.Ordinal));
        Assert.DoesNotContain(file.Rows, r => r.Text.Contains('\uFFFD') || r.RecommendingState.Contains('\uFFFD'));
        Assert.All(file.Rows, r => Assert.Equal(r.Text.Trim(), r.Text));
        Assert.Contains(file.Rows, r => r.Issues.SequenceEqual(["Rights of the Child", "Women's rights"]));
        Assert.Equal(["Africa", "Asia", "EEG", "GRULAC", "Observer", "WEOG"],
            file.Rows.Select(r => r.RegionalGroup!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_row_repeated_word_for_word_keeps_its_place_in_the_count_with_its_own_id()
    {
        var (file, diagnostics) = RealExports.ReadFor(RealExports.CountryNamed("ls", "Lesotho"), RealExports.UprInfo6To9);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(file.Rows.Count, file.Rows.Select(r => r.Id).Distinct().Count());
        var repeated = file.Rows.GroupBy(r => (r.RecommendingState, r.Text, r.Response)).Single(g => g.Count() > 1).ToList();
        Assert.Equal([repeated[0].Id, repeated[0].Id + "-2"], repeated.Select(r => r.Id));
    }

    [Theory]
    [InlineData("6-9.csv")]
    [InlineData("17-20.csv")]
    public void The_category_computed_from_the_text_agrees_with_UPR_Info_on_most_rows(string name)
    {
        var (file, _) = RealExports.ReadAll(Path.Combine(RepoPaths.SharedData, "upr-info-2015", name));

        var agreeing = file.Rows.Count(r => ActionCategoryClassifier.Classify(r.Text) == r.ActionCategory);
        Assert.True(agreeing > file.Rows.Count * 0.78, $"{agreeing} of {file.Rows.Count} agree");
    }

    private static string Categories(IEnumerable<Recommendation> rows) =>
        string.Join(' ', rows.GroupBy(r => (int)r.ActionCategory!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));
}
