namespace UprSite.Core.Reference;

/// <summary>
/// A UN member or observer State: ISO 3166-1 codes, its UN short names, its regional group and the other spellings
/// that UPR compilations use for it.
/// </summary>
/// <param name="Slug">Stable address part of the State's pages (lower-case ASCII and hyphens); never derived at run time.</param>
/// <param name="EnglishName">UN short name in English (UNTERM / M49), e.g. "Bolivia (Plurinational State of)".</param>
/// <param name="FrenchName">UN short name in French (UNTERM / M49), e.g. "Bolivie (État plurinational de)".</param>
/// <param name="KhmerName">Khmer name, written by this project and awaiting native review (docs/reference-data.md).</param>
/// <param name="Group">UN regional group; null for the Holy See, which belongs to none.</param>
/// <param name="Aliases">Other spellings found in UPR Info, DIHR, UHRI and OHCHR documents and ISO 3166.</param>
/// <param name="French">Article, gender and elision of <paramref name="FrenchName"/> (<see cref="Text.FrenchPlaceNames"/>).</param>
public sealed record UnState(
    string Alpha2,
    string Alpha3,
    string Slug,
    string EnglishName,
    string FrenchName,
    string KhmerName,
    RegionalGroup? Group,
    UnMembership Membership,
    IReadOnlyList<string> Aliases,
    FrenchGrammar French)
{
    /// <summary>The languages the reference data names every State in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "km"];

    /// <summary>The UN short name in "en" or "fr", the Khmer name in "km", else the English name.</summary>
    public string Name(string language) => language switch
    {
        "fr" => FrenchName,
        "km" => KhmerName,
        _ => EnglishName,
    };

    /// <summary>Every spelling this State is known by: its names in each language, then its aliases.</summary>
    public IEnumerable<string> Names => new[] { EnglishName, FrenchName, KhmerName }.Concat(Aliases);

    public override string ToString() => EnglishName;
}
