using UprSite.Core.Reference;
using UprSite.Core.Text;

namespace UprSite.Core.Tests.Reference;

/// <summary>Every State's French name carries what a sentence needs: article, gender, elision (UnStateTable.French).</summary>
public sealed class FrenchGrammarTests
{
    [Fact]
    public void Every_one_of_the_195_States_has_its_French_grammar()
    {
        Assert.Equal(195, UnStates.All.Count);
        Assert.All(UnStates.All, s => Assert.NotNull(s.French));
        var articles = UnStates.All.GroupBy(s => s.French.Article).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(articles[FrenchArticle.Masculine] > 50 && articles[FrenchArticle.Feminine] > 50, string.Join(", ", articles));
        Assert.InRange(articles[FrenchArticle.Plural], 10, 25);
        Assert.InRange(articles[FrenchArticle.None], 15, 35);
    }

    [Fact]
    public void A_State_whose_name_opens_with_a_vowel_elides_unless_it_takes_no_article_or_les()
    {
        var vowels = "AEIOUÂÉÈÊÎÏÔÛ";
        var wrong = UnStates.All
            .Where(s => s.French.Article is FrenchArticle.Masculine or FrenchArticle.Feminine)
            .Where(s => vowels.Contains(s.FrenchName[0], StringComparison.Ordinal) != s.French.Elides)
            .Select(s => s.FrenchName).ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("TD", FrenchArticle.Masculine, FrenchGender.Masculine, false, "du Tchad", "au Tchad", "par le Tchad")]
    [InlineData("CN", FrenchArticle.Feminine, FrenchGender.Feminine, false, "de la Chine", "à la Chine", "par la Chine")]
    [InlineData("IS", FrenchArticle.Feminine, FrenchGender.Feminine, true, "de l'Islande", "à l'Islande", "par l'Islande")]
    [InlineData("PH", FrenchArticle.Plural, FrenchGender.Feminine, false, "des Philippines", "aux Philippines", "par les Philippines")]
    [InlineData("NL", FrenchArticle.Plural, FrenchGender.Masculine, false, "des Pays-Bas (Royaume des)", "aux Pays-Bas (Royaume des)", "par les Pays-Bas (Royaume des)")]
    [InlineData("US", FrenchArticle.Plural, FrenchGender.Masculine, true, "des États-Unis d'Amérique", "aux États-Unis d'Amérique", "par les États-Unis d'Amérique")]
    [InlineData("AE", FrenchArticle.Plural, FrenchGender.Masculine, true, "des Émirats arabes unis", "aux Émirats arabes unis", "par les Émirats arabes unis")]
    [InlineData("CU", FrenchArticle.None, FrenchGender.Masculine, false, "de Cuba", "à Cuba", "par Cuba")]
    [InlineData("IL", FrenchArticle.None, FrenchGender.Masculine, true, "d'Israël", "à Israël", "par Israël")]
    [InlineData("MG", FrenchArticle.None, FrenchGender.Masculine, false, "de Madagascar", "à Madagascar", "par Madagascar")]
    [InlineData("IR", FrenchArticle.Masculine, FrenchGender.Masculine, true, "de l'Iran (République islamique d')", "à l'Iran (République islamique d')", "par l'Iran (République islamique d')")]
    [InlineData("YE", FrenchArticle.Masculine, FrenchGender.Masculine, false, "du Yémen", "au Yémen", "par le Yémen")]
    [InlineData("HU", FrenchArticle.Feminine, FrenchGender.Feminine, false, "de la Hongrie", "à la Hongrie", "par la Hongrie")]
    [InlineData("HT", FrenchArticle.None, FrenchGender.Masculine, true, "d'Haïti", "à Haïti", "par Haïti")]
    [InlineData("KH", FrenchArticle.Masculine, FrenchGender.Masculine, false, "du Cambodge", "au Cambodge", "par le Cambodge")]
    public void Spot_checks(string alpha2, FrenchArticle article, FrenchGender gender, bool elides, string of, string to, string by)
    {
        var state = UnStates.ByAlpha2(alpha2)!;

        Assert.Equal(new FrenchGrammar(article, gender, elides), state.French);
        Assert.Equal((of, to, by), (FrenchPlaceNames.Of(state.FrenchName, state.French), FrenchPlaceNames.To(state.FrenchName, state.French),
            FrenchPlaceNames.By(state.FrenchName, state.French)));
    }

    [Fact]
    public void Subject_form_opens_a_sentence_and_other_languages_keep_the_bare_name()
    {
        var cambodia = UnStates.ByAlpha2("KH")!;
        Assert.Equal("Le Cambodge", FrenchPlaceNames.Subject(cambodia.FrenchName, cambodia.French));
        Assert.Equal("Les Philippines", FrenchPlaceNames.Subject("Philippines", UnStates.ByAlpha2("PH")!.French));
        Assert.Equal(PlaceNameForms.Plain("កម្ពុជា"), PlaceNameForms.In("km", "កម្ពុជា", cambodia.French));
        Assert.Equal("Cambodia", PlaceNameForms.In("en", "Cambodia", cambodia.French).Of);
    }
}
