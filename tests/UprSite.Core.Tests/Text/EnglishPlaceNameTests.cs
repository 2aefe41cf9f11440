using UprSite.Core.Reference;
using UprSite.Core.Text;

namespace UprSite.Core.Tests.Text;

/// <summary>English puts "the" before the names that take it, "The" to open a sentence, and nothing before the others.</summary>
public sealed class EnglishPlaceNameTests
{
    [Theory]
    [InlineData("US", "United States of America", "the United States of America", "The United States of America")]
    [InlineData("PH", "Philippines", "the Philippines", "The Philippines")]
    [InlineData("NL", "Netherlands (Kingdom of the)", "the Netherlands (Kingdom of the)", "The Netherlands (Kingdom of the)")]
    [InlineData("KH", "Cambodia", "Cambodia", "Cambodia")]
    [InlineData("BO", "Bolivia (Plurinational State of)", "Bolivia (Plurinational State of)", "Bolivia (Plurinational State of)")]
    public void A_name_takes_the_article_the_UN_writes_before_it(string code, string name, string the, string subject)
    {
        var forms = PlaceNameForms.In("en", name, UnStates.ByAlpha2(code)!.French, EnglishArticle.Takes(code));

        Assert.Equal((name, the, subject, the), (forms.Name, forms.The, forms.Subject, forms.To));
    }

    [Fact]
    public void Every_State_that_takes_the_article_is_a_State_of_the_reference_data()
    {
        var takers = UnStates.All.Where(s => EnglishArticle.Takes(s.Alpha2)).Select(s => s.Alpha2).ToList();

        Assert.Equal(26, takers.Count);
        Assert.Contains("US", takers);
        Assert.False(EnglishArticle.Takes(null));
    }

    [Fact]
    public void Other_languages_than_English_and_French_keep_the_bare_name() =>
        Assert.Equal(PlaceNameForms.Plain("United States of America"), PlaceNameForms.In("km", "United States of America", null, englishThe: true));
}
