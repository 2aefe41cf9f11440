using UprSite.Core.Text;

namespace UprSite.Core.Tests.Text;

public sealed class NearestNameTests
{
    [Theory]
    [InlineData("tittle", "title")]
    [InlineData("langauges", "languages")]
    [InlineData("BASE_URL", "base_url")]
    public void Suggests_the_closest_known_name(string typo, string expected) =>
        Assert.Equal(expected, NearestName.Find(typo, ["title", "languages", "base_url", "coalition"]));

    [Fact]
    public void Suggests_nothing_for_a_far_name() => Assert.Null(NearestName.Find("zzzzzzzz", ["title", "print"]));

    [Fact]
    public void Distance_counts_edits() => Assert.Equal(3, NearestName.Distance("kitten", "sitting"));
}
