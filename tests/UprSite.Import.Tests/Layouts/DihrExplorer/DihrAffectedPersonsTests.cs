using UprSite.Import.Layouts.DihrExplorer;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Layouts.DihrExplorer;

/// <summary>
/// The groups of persons of the real DIHR cycle-2 export (../shared/data/dihr-sdg-explorer/upr2.xlsx, column
/// Keywords, labels run together) become the rows' affected persons, as <see cref="DihrKeywordsCount"/> counts them on
/// its own. The fixed figures (19,071 rows with a group; Costa Rica 166 of 202, Women and girls 72, Children 68; China
/// 115 of 283) were also counted by a separate script reading the workbook's XML with Python's zipfile and ElementTree.
/// </summary>
public sealed class DihrAffectedPersonsTests
{
    private static readonly IReadOnlyDictionary<string, DihrKeywordsCount> Oracle = DihrKeywordsCount.ByStateUnderReview(RealExports.DihrCycle2);

    [Fact]
    public void The_independent_count_holds_the_figures_a_second_reader_found()
    {
        Assert.Equal(19_071, Oracle.Values.Sum(c => c.Linked));
        Assert.Equal((202, 166, 72, 68), (Oracle["Costa Rica"].Rows, Oracle["Costa Rica"].Linked,
            Oracle["Costa Rica"].Groups["Women and girls"], Oracle["Costa Rica"].Groups["Children"]));
        Assert.Equal((283, 115), (Oracle["China"].Rows, Oracle["China"].Linked));
    }

    [Fact]
    public void Every_keywords_cell_of_the_file_is_one_of_the_twelve_labels_or_a_run_of_them()
    {
        var groups = Oracle.Values.SelectMany(c => c.Groups.Keys).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(DihrPersonGroups.Labels.Order(StringComparer.Ordinal), groups.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_rows_of_every_State_under_Review_carry_the_groups_its_keywords_cells_name()
    {
        var (file, diagnostics) = RealExports.ReadAll(RealExports.DihrCycle2);

        Assert.False(diagnostics.HasErrors);
        var states = file.Rows.GroupBy(r => r.StateUnderReview, StringComparer.Ordinal).ToList();
        Assert.Equal(Oracle.Count, states.Count);
        foreach (var state in states)
        {
            var expected = Oracle[state.Key];
            Assert.Equal((state.Key, expected.Rows, expected.Linked), (state.Key, state.Count(), state.Count(r => r.AffectedPersons.Count > 0)));
            var counted = state.SelectMany(r => r.AffectedPersons).CountBy(g => g).OrderBy(g => g.Key, StringComparer.Ordinal);
            Assert.Equal(expected.Groups.OrderBy(g => g.Key, StringComparer.Ordinal), counted);
        }
    }

    [Theory]
    [InlineData("Women and girlsChildren", new[] { "Women and girls", "Children" })]
    [InlineData("LGBTIMembers of minorities", new[] { "LGBTI", "Members of minorities" })]
    [InlineData("Street childrenMigrants", new[] { "Street children", "Migrants" })]
    [InlineData("Migrants, farmers", new[] { "Migrants", "farmers" })]
    [InlineData("  ", new string[0])]
    public void A_cell_is_cut_at_each_label_and_other_words_are_kept_as_written(string cell, string[] groups) =>
        Assert.Equal(groups, DihrPersonGroups.Split(cell));
}
