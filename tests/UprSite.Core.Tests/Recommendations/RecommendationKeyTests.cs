using UprSite.Core.Recommendations;

namespace UprSite.Core.Tests.Recommendations;

/// <summary>A dotted paragraph number names one recommendation; a bare one names the paragraph listing them all.</summary>
public sealed class RecommendationKeyTests
{
    private static readonly RowRef Row = new("upr1.xlsx", 7);

    [Theory]
    [InlineData("118.9", true)]
    [InlineData("98.12.", true)]
    [InlineData("38", false)]
    [InlineData("38.", false)]
    [InlineData(" ", false)]
    [InlineData(null, false)]
    public void Only_a_dotted_number_names_one_recommendation(string? paragraph, bool namesOne) =>
        Assert.Equal(namesOne, RecommendationKey.NamesOne(paragraph));

    [Fact]
    public void Under_a_dotted_number_the_texts_share_one_key()
    {
        Assert.Equal(
            RecommendationKey.Of("A/HRC/26/16", "118.9", Row, "Adopt measures"),
            RecommendationKey.Of("A/HRC/26/16", "118.9", Row, "Ratify the Convention"));
    }

    [Fact]
    public void Under_a_bare_number_each_text_is_a_recommendation_and_its_co_sponsors_share_it()
    {
        var brazil = RecommendationKey.Of("A/HRC/12/12", "38", Row, "Attain the voluntary human rights goals.");
        Assert.NotEqual(brazil, RecommendationKey.Of("A/HRC/12/12", "38", Row, "Abolish all discriminatory laws against women."));
        Assert.Equal(brazil, RecommendationKey.Of("A/HRC/12/12", "38", new RowRef("upr1.xlsx", 9), "attain the  voluntary human-rights goals"));
    }
}
