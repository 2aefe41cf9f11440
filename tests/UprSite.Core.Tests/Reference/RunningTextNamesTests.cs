using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

/// <summary>
/// Running text names the Netherlands as a sentence does, not by the UN's inverted "Netherlands (Kingdom of the)";
/// the UN names whose qualifier ends without an article stay as the UN writes them in its own sentences.
/// </summary>
public sealed class RunningTextNamesTests
{
    [Theory]
    [InlineData("NL", "en", "Netherlands")]
    [InlineData("NL", "fr", "Pays-Bas")]
    [InlineData("NL", "km", "ហូឡង់")]
    [InlineData("BO", "en", "Bolivia (Plurinational State of)")]
    [InlineData("BO", "fr", "Bolivie (État plurinational de)")]
    [InlineData("IR", "en", "Iran (Islamic Republic of)")]
    [InlineData("VE", "fr", "Venezuela (République bolivarienne du)")]
    [InlineData("FM", "en", "Micronesia (Federated States of)")]
    [InlineData("TR", "en", "Türkiye")]
    public void A_State_is_named_in_running_text(string alpha2, string language, string expected)
    {
        Assert.Equal(expected, RunningTextNames.Of(UnStates.ByAlpha2(alpha2)!, language));
    }

    [Fact]
    public void Every_UN_name_whose_qualifier_ends_with_an_article_has_a_running_text_name()
    {
        var inverted = UnStates.All.Where(s => s.EnglishName.EndsWith(" the)", StringComparison.Ordinal)
            || s.FrenchName.EndsWith(" des)", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(inverted);
        Assert.All(inverted, s =>
        {
            Assert.DoesNotContain("(", RunningTextNames.Of(s, "en"), StringComparison.Ordinal);
            Assert.DoesNotContain("(", RunningTextNames.Of(s, "fr"), StringComparison.Ordinal);
        });
    }
}
