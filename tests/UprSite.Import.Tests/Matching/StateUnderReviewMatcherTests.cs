using UprSite.Core.Model;

namespace UprSite.Import.Tests.Matching;

public sealed class StateUnderReviewMatcherTests
{
    private static Country CountryNamed(string code, string name, params string[] aliases) =>
        new(code, LocalizedText.Of("en", name), aliases, LocalizedText.Empty, [], []);

    [Theory]
    [InlineData("ci", "Côte d'Ivoire", "Cote d’Ivoire")]
    [InlineData("ci", "Côte d'Ivoire", "COTE D'IVOIRE")]
    [InlineData("ir", "Iran (Islamic Republic of)", "Iran")]
    [InlineData("ir", "Iran (Islamic Republic of)", "Iran, Islamic Republic of")]
    [InlineData("kh", "Kampuchea", "Cambodia")]
    [InlineData("cz", "Czechia", "Czech Republic")]
    public void Spellings_of_the_country_match_after_folding_and_through_the_un_table(string code, string name, string spelling) =>
        Assert.True(new StateUnderReviewMatcher(CountryNamed(code, name)).Matches(spelling));

    [Theory]
    [InlineData("ci", "Côte d'Ivoire", "Ghana")]
    [InlineData("kh", "Cambodia", "Cambodja")]
    [InlineData("ir", "Iran (Islamic Republic of)", "Iraq")]
    public void Another_state_or_an_unknown_spelling_does_not_match(string code, string name, string spelling) =>
        Assert.False(new StateUnderReviewMatcher(CountryNamed(code, name)).Matches(spelling));

    [Fact]
    public void The_nearest_spellings_are_those_closest_to_the_country_s_names()
    {
        var matcher = new StateUnderReviewMatcher(CountryNamed("kh", "Kampuchea"));

        Assert.Equal(["Cambodja", "Kampuchia"], matcher.Nearest(["Norway", "Kampuchia", "Cambodja"]).Take(2));
    }
}
