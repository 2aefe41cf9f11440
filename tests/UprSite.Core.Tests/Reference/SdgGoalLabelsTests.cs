using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

public sealed class SdgGoalLabelsTests
{
    [Theory]
    [InlineData("16", "16")]
    [InlineData("Goal 16", "16")]
    [InlineData("16.10", "16.10")]
    [InlineData("16. Peace, justice and strong institutions", "16")] // DIHR
    [InlineData("16 - Peace, justice and strong institutions", "16")] // UHRI
    [InlineData("10. Reduce inequalities", "10")]
    [InlineData("16.a Strengthen relevant national institutions", "16.a")]
    [InlineData("Gender equality", "5")]
    [InlineData("  gender EQUALITY ", "5")]
    [InlineData("Égalité entre les sexes", "5")]
    [InlineData("Egalite entre les sexes", "5")]
    [InlineData("Reduce inequalities", "10")]
    [InlineData("Industry, innovation and infrastructure", "9")]
    [InlineData("Partnerships for the goals", "17")]
    [InlineData("សន្តិភាព យុត្តិធម៌ និងស្ថាប័នរឹងមាំ", "16")]
    public void A_goal_or_target_is_read_from_its_number_or_its_name(string label, string code)
    {
        var resolution = SdgGoalLabels.Resolve(label);

        Assert.Equal(SdgLabelKind.Code, resolution.Kind);
        Assert.Equal(code, resolution.Code);
    }

    [Theory]
    [InlineData("No SDG link identified")]
    [InlineData("no sdg link identified")]
    [InlineData("None")]
    public void What_sources_write_for_no_goal_is_no_link(string label) =>
        Assert.Equal(SdgLabelKind.NoLink, SdgGoalLabels.Resolve(label).Kind);

    [Theory]
    [InlineData("18")]
    [InlineData("Goal 19")]
    [InlineData("18. Space exploration")]
    [InlineData("16.100")]
    public void A_number_that_is_no_goal_or_target_is_not_a_code(string label) =>
        Assert.Equal(SdgLabelKind.NotACode, SdgGoalLabels.Resolve(label).Kind);

    [Theory]
    [InlineData("Gender equalty", 5)]
    [InlineData("Peace justice and strong institution", 16)]
    [InlineData("Quality educaton", 4)]
    public void A_misspelt_name_is_unknown_and_names_the_nearest_goal(string label, int nearest)
    {
        var resolution = SdgGoalLabels.Resolve(label);

        Assert.Equal(SdgLabelKind.Unknown, resolution.Kind);
        Assert.Null(resolution.Code);
        Assert.Equal(nearest, resolution.Nearest!.Number);
    }

    [Fact]
    public void A_name_far_from_every_goal_names_none()
    {
        var resolution = SdgGoalLabels.Resolve("Tourism");

        Assert.Equal(SdgLabelKind.Unknown, resolution.Kind);
        Assert.Null(resolution.Nearest);
    }

    [Fact]
    public void Every_goals_english_and_french_name_resolves_to_that_goal()
    {
        foreach (var goal in SdgGoals.All)
        {
            Assert.Equal(goal.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), SdgGoalLabels.Resolve(goal.EnglishName).Code);
            Assert.Equal(goal.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), SdgGoalLabels.Resolve(goal.FrenchName).Code);
        }
    }
}
