namespace UprSite.Core.Reference;

/// <summary>
/// What French grammar needs to put a State's name in a sentence: its article, its gender (for agreement) and
/// whether the article or "de" is elided before it ("l'Islande", "d'Israël"; not before an aspirated h: "la Hongrie").
/// </summary>
public sealed record FrenchGrammar(FrenchArticle Article, FrenchGender Gender, bool Elides)
{
    /// <summary>For a name the reference data does not know: no article, masculine, elided before a vowel.</summary>
    public static FrenchGrammar Unknown(string name) =>
        new(FrenchArticle.None, FrenchGender.Masculine, name.Length > 0 && "AEIOUYÂÉÈÊÎÏÔÛaeiouyâéèêîïôû".Contains(name[0], StringComparison.Ordinal));

    /// <summary>
    /// Reads the table's short code: "m", "f" (article le / la), "mp", "fp" (les), "0" (no article), each followed by
    /// "'" when the name elides ("f'" for l'Islande, "0'" for Israël).
    /// </summary>
    public static FrenchGrammar Parse(string code)
    {
        var elides = code.EndsWith('\'');
        var core = elides ? code[..^1] : code;
        return core switch
        {
            "m" => new(FrenchArticle.Masculine, FrenchGender.Masculine, elides),
            "f" => new(FrenchArticle.Feminine, FrenchGender.Feminine, elides),
            "mp" => new(FrenchArticle.Plural, FrenchGender.Masculine, elides),
            "fp" => new(FrenchArticle.Plural, FrenchGender.Feminine, elides),
            "0" => new(FrenchArticle.None, FrenchGender.Masculine, elides),
            "0f" => new(FrenchArticle.None, FrenchGender.Feminine, elides),
            _ => throw new ArgumentException($"'{code}' is no French grammar code", nameof(code)),
        };
    }
}
