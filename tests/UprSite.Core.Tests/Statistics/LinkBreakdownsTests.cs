using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Tests.Support;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Statistics;

public sealed class LinkBreakdownsTests
{
    private static Recommendation Row(string id, Response response, string[] sdgs, string[]? affected = null) =>
        Rows.Make(id, 2, "France", response) with { Sdgs = sdgs, AffectedPersons = affected ?? [] };

    [Fact]
    public void Rows_count_under_each_goal_they_are_linked_to_a_target_under_its_goal_and_unlinked_rows_under_none()
    {
        IReadOnlyList<Recommendation> rows =
        [
            Row("a", Response.Supported, ["16", "16.10"]), // goal 16 once, though named as a goal and a target
            Row("b", Response.Noted, ["5", "16"]),
            Row("c", Response.Supported, ["5.2"]),
            Row("d", Response.Pending, ["1"]),
            Row("e", Response.Supported, []),
            Row("f", Response.Noted, []),
        ];

        var breakdown = LinkBreakdowns.BySdgGoal(rows);

        Assert.Equal((4, 6), (breakdown.Linked, breakdown.Rows));
        Assert.Equal(Enumerable.Range(1, 17).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), breakdown.Groups.Select(g => g.Key));
        Assert.Equal(new GroupFigures("16", 2, 1, 1), breakdown.Groups[15]);
        Assert.Equal(new GroupFigures("5", 2, 1, 1), breakdown.Groups[4]);
        Assert.Equal(new GroupFigures("1", 1, 0, 0), breakdown.Groups[0]);
        Assert.Equal(1, breakdown.Groups[0].Pending);
        Assert.Equal(5, breakdown.Groups.Sum(g => g.Received));
        Assert.Equal([16], SdgGoalLinks.Of(rows[0]));
        Assert.Equal([5, 16], SdgGoalLinks.Of(rows[1]));
    }

    [Fact]
    public void Without_a_linked_row_there_is_no_breakdown_to_show()
    {
        var breakdown = LinkBreakdowns.BySdgGoal([Row("a", Response.Supported, []), Row("b", Response.Noted, [])]);

        Assert.False(breakdown.IsShown);
        Assert.Empty(breakdown.Groups);
        Assert.Equal(2, breakdown.Rows);
        Assert.False(LinkBreakdowns.ByAffectedPersons([Row("a", Response.Supported, ["4"])]).IsShown);
    }

    [Fact]
    public void Affected_persons_are_ranked_ties_in_ordinal_order_spellings_folded_for_case_and_counted_once_per_row()
    {
        IReadOnlyList<Recommendation> rows =
        [
            Row("a", Response.Supported, [], ["women", "children", "Women"]),
            Row("b", Response.Noted, [], ["Women "]),
            Row("c", Response.Supported, [], ["children"]),
            Row("d", Response.Supported, [], ["persons with disabilities"]),
            Row("e", Response.Supported, [], [" "]),
            Row("f", Response.Supported, []),
        ];

        var breakdown = LinkBreakdowns.ByAffectedPersons(rows);

        Assert.Equal((4, 6), (breakdown.Linked, breakdown.Rows));
        Assert.Equal(
            [new GroupFigures("Women", 2, 1, 1), new GroupFigures("children", 2, 2, 0), new GroupFigures("persons with disabilities", 1, 1, 0)],
            breakdown.Groups);
    }

    [Fact]
    public void UHRI_labels_within_DIHRs_groups_count_under_them_when_a_country_has_both()
    {
        IReadOnlyList<Recommendation> rows =
        [
            Row("a", Response.Supported, [], ["Women and girls", "Children"]),
            Row("b", Response.Noted, [], ["women", "girls"]),
            Row("c", Response.Supported, [], ["minorities/ racial, ethnic, linguistic, religious or descent-based groups", "general"]),
            Row("d", Response.Supported, [], ["Members of minorities"]),
        ];

        var breakdown = LinkBreakdowns.ByAffectedPersons(rows);

        Assert.Equal(
            [new GroupFigures("Members of minorities", 2, 2, 0), new GroupFigures("Women and girls", 2, 1, 1), new GroupFigures("Children", 1, 1, 0), new GroupFigures("general", 1, 1, 0)],
            breakdown.Groups);
        Assert.False(LinkBreakdowns.MixesVocabularies([Row("e", Response.Supported, [], ["women", "persons with disabilities"])]));
    }
}
