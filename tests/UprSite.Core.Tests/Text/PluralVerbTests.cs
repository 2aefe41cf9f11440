using UprSite.Core.Reference;
using UprSite.Core.Text;

namespace UprSite.Core.Tests.Text;

/// <summary>
/// Which State names are the subject of a plural verb: in French those with "les" (les Philippines l'ont acceptée);
/// in English none, as the UN writes ("the Philippines has"); in Khmer none (no agreement).
/// </summary>
public sealed class PluralVerbTests
{
    [Fact]
    public void French_names_with_les_take_a_plural_verb_and_no_other_does()
    {
        var plural = UnStates.All.Where(s => PlaceNameForms.In("fr", s.FrenchName, s.French).TakesPluralVerb)
            .Select(s => s.FrenchName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
        [
            "Bahamas", "Comores", "Fidji", "Maldives", "Palaos", "Pays-Bas (Royaume des)", "Philippines", "Seychelles", "Tonga",
            "Émirats arabes unis", "États-Unis d'Amérique", "Îles Marshall", "Îles Salomon",
        ], plural);
        Assert.All(UnStates.All.Where(s => s.French.Article == FrenchArticle.Plural),
            s => Assert.StartsWith("Les ", PlaceNameForms.In("fr", s.FrenchName, s.French).Subject, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("km")]
    public void No_name_takes_a_plural_verb_in_English_or_Khmer(string language)
    {
        Assert.DoesNotContain(UnStates.All, s => PlaceNameForms.In(language, s.Name(language), s.French, EnglishArticle.Takes(s.Alpha2)).TakesPluralVerb);
    }
}
