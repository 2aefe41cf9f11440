using UprSite.Core.Text;

namespace UprSite.Core.Tests.Text;

public sealed class FrenchTypographyTests
{
    // Written with the escapes so that the expected spaces can be told apart: _ = U+202F, ~ = U+00A0.
    private static string Spaces(string text) => text.Replace('_', '\u202F').Replace('~', '\u00A0');

    [Theory]
    [InlineData("Recommandations reçues: 205", "Recommandations reçues_: 205")]
    [InlineData("Recommandations reçues : 205", "Recommandations reçues_: 205")]
    [InlineData("Recommandations reçues   : 205", "Recommandations reçues_: 205")]
    [InlineData("Acceptées; notées", "Acceptées_; notées")]
    [InlineData("Combien l'État en a-t-il acceptées?", "Combien l'État en a-t-il acceptées_?")]
    [InlineData("Examen terminé !", "Examen terminé_!")]
    [InlineData("Vraiment ?!", "Vraiment_?!")]
    [InlineData("Source : A/HRC/26/16.", "Source_: A/HRC/26/16.")]
    [InlineData("(voir: ci-dessous)", "(voir_: ci-dessous)")]
    public void A_narrow_no_break_space_stands_before_the_high_marks(string text, string expected) =>
        Assert.Equal(Spaces(expected), FrenchTypography.Apply(text));

    [Theory]
    [InlineData("«Soutenue»", "«_Soutenue_»")]
    [InlineData("« Soutenue »", "«_Soutenue_»")]
    [InlineData("«  Soutenue  »", "«_Soutenue_»")]
    [InlineData("Elle a dit « Pourquoi ?»", "Elle a dit «_Pourquoi_?_»")]
    [InlineData("« Prise en note »: 42", "«_Prise en note_»_: 42")]
    public void Guillemets_hold_narrow_no_break_spaces_inside(string text, string expected) =>
        Assert.Equal(Spaces(expected), FrenchTypography.Apply(text));

    [Theory]
    [InlineData("Reçues~: 205")]
    [InlineData("Reçues_: 205")]
    [InlineData("«~Soutenue~»")]
    [InlineData("«_Soutenue_»")]
    public void A_no_break_space_already_there_is_kept_and_not_doubled(string text) =>
        Assert.Equal(Spaces(text), FrenchTypography.Apply(Spaces(text)));

    [Theory]
    [InlineData("La séance s'ouvre à 10:30.")]
    [InlineData("Un rapport de 1:2 entre les cycles")]
    [InlineData("Voir https://www.ohchr.org/fr/hr-bodies/upr?page=1&tri=date!")]
    [InlineData("Voir www.upr-info.org/fr?x=1")]
    [InlineData("Écrire à mailto:contact@example.org")]
    [InlineData("Le point (?) reste ouvert")]
    [InlineData(": au début du texte")]
    [InlineData("Liste\n: au début d'une ligne")]
    [InlineData("Des guillemets vides «»")]
    [InlineData("Un guillemet seul en fin de ligne «\nsuite")]
    [InlineData("Sans ponctuation haute")]
    [InlineData("")]
    public void Numbers_addresses_line_starts_and_empty_guillemets_are_left_alone(string text) =>
        Assert.Equal(text, FrenchTypography.Apply(text));

    [Fact]
    public void An_address_ends_at_a_space_and_the_prose_around_it_is_spaced()
    {
        Assert.Equal(
            Spaces("Adresse_: https://example.org/?a=1_; puis «_www.example.org_»_!"),
            FrenchTypography.Apply("Adresse: https://example.org/?a=1 ; puis « www.example.org »!"));
    }
}
