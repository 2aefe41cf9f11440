namespace UprSite.Core.Reference;

/// <summary>A theme of the Universal Human Rights Index by its code, with its English name as OHCHR writes it and this project's French and Khmer names.</summary>
/// <param name="KhmerName">Written by this project, awaiting native review (docs/reference-data.md).</param>
public sealed record UhriTheme(string Code, string EnglishName, string FrenchName, string KhmerName)
{
    public string Name(string language) => language switch
    {
        "fr" => FrenchName,
        "km" => KhmerName,
        _ => EnglishName,
    };
}
