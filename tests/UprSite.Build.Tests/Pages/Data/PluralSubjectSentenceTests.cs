using System.Text.RegularExpressions;
using UprSite.Build.Charts;
using UprSite.Build.Pages.Data;
using UprSite.Build.Tests.Support;
using UprSite.Core.Model;
using UprSite.Core.Statistics;
using UprSite.Core.Text;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>
/// Sentences whose subject is a State agree with its name: French "les États-Unis d'Amérique l'ont acceptée" (a whole
/// sentence of its own, <c>…_plural_subject</c>), English the singular as the UN writes, Khmer without agreement.
/// </summary>
public sealed partial class PluralSubjectSentenceTests
{
    private const string N = "\u202F";
    private const string NB = "\u00A0";

    private static PlaceNameForms Country(DataLabels l, string code, string en, string fr, string km) =>
        l.CountryForms(new Country(code, LocalizedText.Empty, [], LocalizedText.Empty, [], []), l.Language switch { "fr" => fr, "km" => km, _ => en });

    private static PlaceNameForms UnitedStates(DataLabels l) => Country(l, "us", "United States of America", "États-Unis d'Amérique", "សហរដ្ឋអាមេរិក");

    [Theory]
    [InlineData("fr", Response.Supported, $"Ce site contient une recommandation du Brésil adressée aux États-Unis d'Amérique au cycle 1{N}; les États-Unis d'Amérique l'ont acceptée.")]
    [InlineData("fr", Response.Noted, $"Ce site contient une recommandation du Brésil adressée aux États-Unis d'Amérique au cycle 1{N}; les États-Unis d'Amérique l'ont prise en note.")]
    [InlineData("fr", Response.PartlySupported, $"Ce site contient une recommandation du Brésil adressée aux États-Unis d'Amérique au cycle 1{N}; les États-Unis d'Amérique l'ont acceptée en partie.")]
    [InlineData("fr", Response.Pending, $"Ce site contient une recommandation du Brésil adressée aux États-Unis d'Amérique au cycle 1{N}; les États-Unis d'Amérique n'y ont pas encore répondu.")]
    [InlineData("en", Response.Supported, "This site holds one recommendation that Brazil made to the United States of America in cycle 1; the United States of America supported it.")]
    public void One_recommendation_to_a_plural_State(string language, Response response, string expected)
    {
        var l = ThemeLabels.For(language);

        Assert.Equal(expected, StatePageBuilder.Summary(l, l.StateForms("Brazil"), UnitedStates(l), [1], new GroupFigures("", 1, 1, 0), response));
    }

    [Fact]
    public void A_singular_State_keeps_the_singular_verb()
    {
        var l = ThemeLabels.For("fr");
        var cambodia = Country(l, "kh", "Cambodia", "Cambodge", "កម្ពុជា");

        Assert.Equal($"Ce site contient une recommandation du Brésil adressée au Cambodge au cycle 1{N}; le Cambodge l'a acceptée.",
            StatePageBuilder.Summary(l, l.StateForms("Brazil"), cambodia, [1], new GroupFigures("", 1, 1, 0), Response.Supported));
        Assert.EndsWith($"{N}; le Cambodge en a accepté 2 (66,7{NB}%).",
            StatePageBuilder.Summary(l, l.StateForms("Brazil"), cambodia, [1], new GroupFigures("", 3, 2, 1), null), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_recommendations_to_a_plural_State()
    {
        var l = ThemeLabels.For("fr");

        Assert.EndsWith($"{N}; les Philippines en ont accepté 2 (66,7{NB}%).",
            StatePageBuilder.Summary(l, l.StateForms("Brazil"), Country(l, "ph", "Philippines", "Philippines", "ហ្វីលីពីន"), [1], new GroupFigures("", 3, 2, 1), null),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_plural_State_made_the_most_recommendations()
    {
        var l = ThemeLabels.For("fr");
        var philippines = l.StateForms("Philippines");

        Assert.Equal($"Les Philippines ont formulé le plus de recommandations parmi celles que contient ce site{N}: 3, dont 3 acceptées{N}; 4 États ont formulé des recommandations au total.",
            BreakdownCharts.StatesSentence(l, philippines, 4, 1, 3,
                [.. philippines.Placeholders("state"), ("top", "3"), ("supported_part", l.Count("data.parts.supported", 3))]));
    }

    [Theory]
    [InlineData("fr", 2, $"C'est au cycle 2 que les États-Unis d'Amérique ont reçu le plus de recommandations{N}: 280 (chiffre officiel), dont 60,0{NB}% acceptées.")]
    [InlineData("fr", 1, $"Au cycle 2, seul cycle dont ce site a des chiffres, les États-Unis d'Amérique ont reçu 280 recommandations (chiffre officiel), dont 60,0{NB}% acceptées.")]
    [InlineData("en", 2, "The United States of America received 280 recommendations in cycle 2 (official total), the most of any cycle; it supported 60.0% of them.")]
    public void A_plural_State_received_the_most_in_a_cycle(string language, int cycles, string expected)
    {
        var l = ThemeLabels.For(language);
        var us = UnitedStates(l);

        Assert.Equal(expected, CycleCharts.CyclesSentence(l, us, cycles, true, 280, [.. us.Placeholders("country"), ("cycle", "2"), ("share", l.Format.Percent(0.6))]));
    }

    [Theory]
    [InlineData("data.pledges.summary", $"Les États-Unis d'Amérique ont pris 1 engagement volontaire de leur propre initiative au cycle 2. Ce n'est pas une recommandation{N}: aucun chiffre de ce site ne le compte.")]
    [InlineData("data.holding_undeclared", $"Ce site contient 1 recommandation par État adressée aux États-Unis d'Amérique{N}; aucun chiffre officiel n'est indiqué pour leurs examens.")]
    public void Country_sentences_agree_with_a_plural_State(string key, string expected)
    {
        var l = ThemeLabels.For("fr");
        var us = UnitedStates(l);

        Assert.Equal(expected, l.Count(l.About(us, key), 1, [.. us.Placeholders("country"), ("cycles", Holdings.InCycles(l, [2]))]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("km")]
    public void Languages_without_the_agreement_keep_one_sentence(string language)
    {
        var l = ThemeLabels.For(language);

        Assert.Equal("data.summary.state_one.supported", l.About(UnitedStates(l), "data.summary.state_one.supported"));
    }

    /// <summary>
    /// Every French sentence that puts a State before a verb in the third person singular ("{the_country} a reçu",
    /// "{The_state} a formulé", "l'a acceptée") has its form for a plural name, which says "ont".
    /// </summary>
    [Fact]
    public void Every_French_sentence_with_a_State_as_subject_has_its_plural_form()
    {
        var table = ThemeLabels.Read("fr");
        var subjects = table.Where(p => !p.Key.Contains(DataLabels.PluralSubject, StringComparison.Ordinal) && StateBeforeVerb().IsMatch(p.Value)).ToList();
        Assert.NotEmpty(subjects);

        foreach (var (key, _) in subjects)
        {
            var stem = key.EndsWith(".one", StringComparison.Ordinal) || key.EndsWith(".other", StringComparison.Ordinal) ? key[..key.LastIndexOf('.')] : key;
            var plural = key.Replace(stem, stem + DataLabels.PluralSubject, StringComparison.Ordinal);
            Assert.True(table.TryGetValue(plural, out var text), $"fr: {key} has no {plural}");
            Assert.Matches(@"\} (ont|l'ont|en ont|n'y ont) ", text);
        }
    }

    [GeneratedRegex(@"\{(the|The)_(country|state)\} (a|l'a|en a|n'y a) ")]
    private static partial Regex StateBeforeVerb();
}
