using UprSite.Core.Text;

namespace UprSite.Core.Tests.Text;

public sealed class CountedNounTests
{
    [Theory]
    [InlineData(0, "0 rows")]
    [InlineData(1, "1 row")]
    [InlineData(2, "2 rows")]
    [InlineData(1204, "1,204 rows")]
    public void A_count_takes_the_english_form_cldr_gives_it(long count, string expected) =>
        Assert.Equal(expected, CountedNoun.Of(count, "row", "rows"));

    [Theory]
    [InlineData(1, "is")]
    [InlineData(0, "are")]
    [InlineData(3, "are")]
    public void The_verb_agrees_with_the_count(long count, string expected) =>
        Assert.Equal(expected, CountedNoun.Agree(count, "is", "are"));
}
