using UprSite.Core.Reference;

namespace UprSite.Core.Text;

/// <summary>
/// A State's French name as a sentence needs it: with its article ("la Chine"), after "de" ("du Tchad", "de l'Islande",
/// "des Philippines", "d'Israël"), after "à" ("au Cambodge", "aux Philippines", "à Cuba") and after "par" ("par le
/// Cambodge"). French contracts "de le" and "à le" into "du" and "au", and "de les", "à les" into "des", "aux".
/// </summary>
public static class FrenchPlaceNames
{
    /// <summary>"le Tchad", "la Chine", "l'Islande", "les Philippines", "Cuba".</summary>
    public static string The(string name, FrenchGrammar grammar) => grammar switch
    {
        { Article: FrenchArticle.None } => name,
        { Article: FrenchArticle.Plural } => "les " + name,
        { Elides: true } => "l'" + name,
        { Article: FrenchArticle.Masculine } => "le " + name,
        _ => "la " + name,
    };

    /// <summary>"du Tchad", "de la Chine", "de l'Islande", "des Philippines", "de Cuba", "d'Israël".</summary>
    public static string Of(string name, FrenchGrammar grammar) => grammar switch
    {
        { Article: FrenchArticle.None, Elides: true } => "d'" + name,
        { Article: FrenchArticle.None } => "de " + name,
        { Article: FrenchArticle.Plural } => "des " + name,
        { Elides: true } => "de l'" + name,
        { Article: FrenchArticle.Masculine } => "du " + name,
        _ => "de la " + name,
    };

    /// <summary>"au Tchad", "à la Chine", "à l'Islande", "aux Philippines", "à Cuba".</summary>
    public static string To(string name, FrenchGrammar grammar) => grammar switch
    {
        { Article: FrenchArticle.None } => "à " + name,
        { Article: FrenchArticle.Plural } => "aux " + name,
        { Elides: true } => "à l'" + name,
        { Article: FrenchArticle.Masculine } => "au " + name,
        _ => "à la " + name,
    };

    /// <summary>"par le Tchad", "par la Chine", "par l'Islande", "par les Philippines", "par Cuba".</summary>
    public static string By(string name, FrenchGrammar grammar) => "par " + The(name, grammar);

    /// <summary>The name with its article, capitalised to open a sentence: "Le Cambodge", "Les Philippines", "Cuba".</summary>
    public static string Subject(string name, FrenchGrammar grammar)
    {
        var the = The(name, grammar);
        return the.Length == 0 ? the : char.ToUpperInvariant(the[0]) + the[1..];
    }
}
