using UprSite.Core.Reference;

namespace UprSite.Core.Text;

/// <summary>
/// A place's name in each form a sentence of the page's language puts it: alone ({state}), with its article
/// ({the_state}, {The_state} to open a sentence), after "of", "to" and "by" ({of_state}, {to_state}, {by_state}).
/// French changes the name with its article and preposition; English adds "the" where the name takes it
/// (<see cref="EnglishArticle"/>), "The" to open a sentence; in Khmer every form is the name.
/// <see cref="TakesPluralVerb"/>: the name is the subject of a plural verb in the page's language ("les Philippines
/// l'ont acceptée"); English takes the singular for a State ("the Philippines has"), as the UN writes.
/// </summary>
public sealed record PlaceNameForms(string Name, string The, string Subject, string Of, string To, string By, bool TakesPluralVerb = false)
{
    public static PlaceNameForms Plain(string name) => new(name, name, name, name, name, name);

    public static PlaceNameForms French(string name, FrenchGrammar grammar) => new(
        name,
        FrenchPlaceNames.The(name, grammar),
        FrenchPlaceNames.Subject(name, grammar),
        FrenchPlaceNames.Of(name, grammar),
        FrenchPlaceNames.To(name, grammar),
        FrenchPlaceNames.By(name, grammar),
        grammar.Article == FrenchArticle.Plural);

    /// <summary>The English forms: "the Philippines" and "The Philippines" where the name takes the article.</summary>
    public static PlaceNameForms English(string name, bool takesThe) =>
        takesThe ? new(name, "the " + name, "The " + name, "the " + name, "the " + name, "the " + name) : Plain(name);

    /// <summary>
    /// The forms for a page in <paramref name="language"/>; French needs the name's grammar, English whether the
    /// name takes "the".
    /// </summary>
    public static PlaceNameForms In(string language, string name, FrenchGrammar? grammar, bool englishThe = false) => language switch
    {
        "fr" => French(name, grammar ?? FrenchGrammar.Unknown(name)),
        "en" => English(name, englishThe),
        _ => Plain(name),
    };

    /// <summary>Each form as a placeholder named after <paramref name="prefix"/>: state, the_state, The_state, of_state…</summary>
    public (string Name, string Value)[] Placeholders(string prefix) =>
    [
        (prefix, Name), ("the_" + prefix, The), ("The_" + prefix, Subject),
        ("of_" + prefix, Of), ("to_" + prefix, To), ("by_" + prefix, By),
    ];
}
