using UprSite.Build.Charts;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Charts;

/// <summary>
/// Rankings where every item counts one recommendation are no tie "for the most" ("2 States made the most…, 1 each"):
/// the sentence says each made one; over exactly two recommendations English says "Both", French "Les deux".
/// </summary>
public sealed class EachOneSentenceTests
{
    private static string States(string language, int states, int tied, int top)
    {
        var l = ThemeLabels.For(language);
        var benin = l.StateForms("Benin");
        return BreakdownCharts.StatesSentence(l, benin, states, tied, top,
            [.. benin.Placeholders("state"), ("top", top.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("tied", tied.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("supported_part", l.Count("data.parts.supported", 0))]);
    }

    [Theory]
    [InlineData("en", 2, "The two States each made one of the recommendations this site holds.")]
    [InlineData("en", 3, "The 3 States each made one of the recommendations this site holds.")]
    [InlineData("fr", 2, "Les deux États ont formulé chacun une des recommandations que contient ce site.")]
    [InlineData("km", 2, "រដ្ឋនីមួយៗក្នុងចំណោមរដ្ឋទាំង 2 បានផ្ដល់អនុសាសន៍មួយ ក្នុងចំណោមអនុសាសន៍ដែលគេហទំព័រនេះមាន។")]
    public void States_that_made_one_each_are_said_to_have_made_one_each(string language, int states, string expected) =>
        Assert.Equal(expected, States(language, states, states, 1));

    [Fact]
    public void States_level_at_more_than_one_are_still_a_tie() =>
        Assert.StartsWith("2 States made the most of the recommendations this site holds, 2 each; 3 States", States("en", 3, 2, 2), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", 2, "The two recommendations by State made by States of a regional group come from two different groups, one from each.")]
    [InlineData("en", 3, "The 3 recommendations by State made by States of a regional group come from 3 different groups, one from each.")]
    [InlineData("fr", 2, "Les deux recommandations par État formulées par des États d'un groupe régional viennent de deux groupes différents, une de chacun.")]
    [InlineData("km", 2, "អនុសាសន៍តាមរដ្ឋទាំង 2 ដែលរដ្ឋនៃក្រុមតំបន់បានផ្ដល់ មកពីក្រុមតំបន់ 2 ផ្សេងគ្នា ក្រុមនីមួយៗមួយ។")]
    public void Regional_groups_with_one_each_are_no_tie_for_the_most(string language, int groups, string expected) =>
        Assert.Equal(expected, LeaderSentence.OfDistinct(ThemeLabels.For(language), "data.summary.regions", groups, groups, groups, 1, ("group", "G"), ("top", "1"), ("share", "50%")));

    [Theory]
    [InlineData("en", "The two classified recommendations by State are of two different action categories.")]
    [InlineData("fr", "Les deux recommandations par État classées relèvent de deux catégories d'action différentes.")]
    public void Categories_with_one_each_are_no_tie_for_the_most_frequent(string language, string expected) =>
        Assert.Equal(expected, LeaderSentence.OfDistinct(ThemeLabels.For(language), "data.summary.categories", 2, 2, 2, 1, ("category", "5"), ("top", "1"), ("share", "50%")));

    [Fact]
    public void A_tie_at_more_than_one_keeps_the_tie() =>
        Assert.StartsWith("2 regional groups made the most recommendations by State, 2 each,",
            LeaderSentence.OfDistinct(ThemeLabels.For("en"), "data.summary.regions", 2, 2, 4, 2, ("group", "G"), ("top", "2"), ("share", "50%")), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "data.summary.categories", 2, "Both classified recommendations by State are of category 5.")]
    [InlineData("en", "data.summary.categories", 3, "All 3 classified recommendations by State are of category 5.")]
    [InlineData("fr", "data.summary.categories", 2, "Les deux recommandations par État classées relèvent toutes deux de la catégorie 5.")]
    [InlineData("en", "data.summary.regions", 2, "Both recommendations by State made by States of a regional group come from the G.")]
    public void Two_recommendations_that_are_all_of_one_are_both(string language, string key, int count, string expected) =>
        Assert.Equal(expected, LeaderSentence.Of(ThemeLabels.For(language), key, 1, 1, count, ("category", "5"), ("group", "G"), ("top", "2"), ("share", "100%")));

    [Theory]
    [InlineData("data.sdg.summary_only", "Both recommendations by State this site holds that are linked to a Sustainable Development Goal are linked to goal 5.")]
    [InlineData("data.affected.summary_only", "Both recommendations by State this site holds whose sources name the persons they concern name goal 5.")]
    public void The_sources_breakdowns_over_two_say_both(string key, string expected) =>
        Assert.Equal(expected, ThemeLabels.For("en").Count(key, 2, ("leader", "goal 5")));

    [Theory]
    [InlineData("en", 2, 1, "The States that made the recommendations, one each")]
    [InlineData("en", 2, 2, "States that made the most recommendations")]
    [InlineData("fr", 2, 1, "États auteurs des recommandations, une chacun")]
    [InlineData("en", 1, 1, "The State that made the recommendations")]
    public void The_States_chart_has_no_superlative_title_over_one_each(string language, int states, int top, string expected) =>
        Assert.Equal(expected, BreakdownCharts.StatesTitle(ThemeLabels.For(language), states, states, top));
}
