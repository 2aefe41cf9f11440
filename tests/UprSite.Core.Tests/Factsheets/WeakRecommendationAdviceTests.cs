using UprSite.Core.Factsheets;

namespace UprSite.Core.Tests.Factsheets;

public sealed class WeakRecommendationAdviceTests
{
    [Fact]
    public void A_considering_recommendation_is_explained_with_the_verb_it_stands_in_front_of()
    {
        var advice = WeakRecommendationAdvice.For("Consider ratifying the ILO Convention No. 190 by 2027.");

        Assert.Equal(
            "'Consider ratifying…' is category 3 (considering action): it asks the State only to think about it, and cannot be followed up. "
            + "Start with a verb of specific action, e.g. 'Ratify … by 2027'",
            advice);
    }

    [Fact]
    public void A_continuing_recommendation_says_why_and_offers_specific_verbs_when_it_names_none()
    {
        var advice = WeakRecommendationAdvice.For("Continue its efforts to protect land rights.");

        Assert.Equal(
            "'Continue its…' is category 2 (continuing action): it asks the State only to go on with what it says it already does, "
            + "and names no new step that can be checked. Start with a verb of specific action, e.g. 'Adopt …', 'Amend …' or 'Establish … by a set date'",
            advice);
    }

    [Fact]
    public void A_minimal_recommendation_points_to_the_action_it_asks_help_for()
    {
        var advice = WeakRecommendationAdvice.For("Seek technical assistance to establish a national preventive mechanism");

        Assert.NotNull(advice);
        Assert.StartsWith("'Seek technical…' is category 1 (minimal action): it asks for help or information", advice);
        Assert.EndsWith("e.g. 'Establish … by a set date'", advice);
    }

    [Theory]
    [InlineData("Adopt a law on access to information by 2026")]
    [InlineData("Ensure that evictions follow due process")]
    [InlineData("Une recommandation sans verbe anglais")]
    public void Specific_general_and_unclassified_recommendations_get_no_advice(string text) =>
        Assert.Null(WeakRecommendationAdvice.For(text));

    [Fact]
    public void A_french_recommendation_is_checked_with_french_verbs()
    {
        Assert.Equal(
            "'Envisager de ratifier…' is category 3 (considering action): it asks the State only to think about it, and cannot be followed up. "
            + "Start with a verb of specific action, e.g. 'Ratifier … d'ici 2027'",
            WeakRecommendationAdvice.For("Envisager de ratifier la Convention n° 190 de l'OIT d'ici 2027.", "fr"));
        Assert.StartsWith("'Poursuivre ses…' is category 2 (continuing action)", WeakRecommendationAdvice.For("Poursuivre ses efforts en matière foncière.", "fr"), StringComparison.Ordinal);
        Assert.Null(WeakRecommendationAdvice.For("Adopter une loi sur les expulsions d'ici 2026.", "fr"));
    }

    [Fact]
    public void Languages_without_a_verb_table_are_not_classified() =>
        Assert.Null(WeakRecommendationAdvice.For("Consider ratifying the Convention", "km"));
}
