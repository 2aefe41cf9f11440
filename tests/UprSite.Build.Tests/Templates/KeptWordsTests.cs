using UprSite.Build.Templates;

namespace UprSite.Build.Tests.Templates;

public sealed class KeptWordsTests
{
    [Fact]
    public void A_Khmer_name_is_one_span_per_space_separated_run()
    {
        Assert.Equal("<span class=\"kw\">សៅតូម៉េ</span> <span class=\"kw\">និងប្រាំងស៊ីប</span>", KeptWords.Html("សៅតូម៉េ និងប្រាំងស៊ីប", "km").Value);
        Assert.Equal("<span class=\"kw\">អាស៊ែបៃហ្សង់</span>", KeptWords.Html("អាស៊ែបៃហ្សង់", "km").Value);
    }

    [Fact]
    public void A_number_stays_with_the_word_before_it()
    {
        Assert.Equal("<span class=\"kw\">វដ្តទី ៤</span>", KeptWords.Html("វដ្តទី ៤", "km").Value);
        Assert.Equal("<span class=\"kw\">សម័យទី ៣២,៥%</span> <span class=\"kw\">(UPR)</span>", KeptWords.Html("សម័យទី ៣២,៥% (UPR)", "km").Value);
        // A number that opens the text has no word before it.
        Assert.Equal("<span class=\"kw\">៣០</span> <span class=\"kw\">មករា ២០១៩</span>", KeptWords.Html("៣០ មករា ២០១៩", "km").Value);
    }

    [Fact]
    public void The_text_is_escaped_and_a_no_break_space_does_not_cut_a_run()
    {
        Assert.Equal("<span class=\"kw\">ក&amp;ខ</span>  <span class=\"kw\">&lt;b&gt;\u00a0គ</span>", KeptWords.Html("ក&ខ  <b>\u00a0គ", "km").Value);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Other_languages_get_their_text_escaped_only(string language)
    {
        Assert.Equal("Saint Kitts &amp; Nevis", KeptWords.Html("Saint Kitts & Nevis", language).Value);
        Assert.Equal(string.Empty, KeptWords.Html(null, language).Value);
    }
}
