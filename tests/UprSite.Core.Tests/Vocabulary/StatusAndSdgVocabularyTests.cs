using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Vocabulary;

public sealed class StatusAndSdgVocabularyTests
{
    [Theory]
    [InlineData("accepted in part", Response.PartlySupported)]
    [InlineData("Supported in part", Response.PartlySupported)]
    [InlineData("Not  supported", Response.Noted)]
    [InlineData("", Response.Pending)]
    public void Responses_in_other_spellings_are_normalised(string word, Response expected) =>
        Assert.Equal(expected, ResponseVocabulary.Parse(word));

    [Theory]
    [InlineData("Fully implemented", ImplementationStatus.FullyImplemented)]
    [InlineData("fully", ImplementationStatus.FullyImplemented)]
    [InlineData("partially-implemented", ImplementationStatus.PartiallyImplemented)]
    [InlineData("Partial", ImplementationStatus.PartiallyImplemented)]
    [InlineData("not_implemented", ImplementationStatus.NotImplemented)]
    [InlineData("No information", ImplementationStatus.NoInformation)]
    [InlineData("no info", ImplementationStatus.NoInformation)]
    public void Implementation_statuses_accept_a_few_spellings(string word, ImplementationStatus expected) =>
        Assert.Equal(expected, ImplementationStatusVocabulary.Parse(word));

    [Theory]
    [InlineData("almost")]
    [InlineData("")]
    public void An_unknown_status_is_null(string word) => Assert.Null(ImplementationStatusVocabulary.Parse(word));

    [Theory]
    [InlineData("16", "16")]
    [InlineData(" 5 ", "5")]
    [InlineData("16.10", "16.10")]
    [InlineData("16.a", "16.a")]
    [InlineData("Goal 4", "4")]
    public void SDG_goals_and_targets_are_recognised(string text, string expected) =>
        Assert.Equal(expected, SdgCode.Normalise(text));

    [Theory]
    [InlineData("18")]
    [InlineData("0")]
    [InlineData("16.100")]
    [InlineData("peace")]
    public void Other_values_are_not_SDGs(string text) => Assert.Null(SdgCode.Normalise(text));
}
