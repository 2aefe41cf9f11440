namespace UprSite.Core.Reference;

/// <summary>A Sustainable Development Goal with its short name (the name on the UN's goal icons).</summary>
/// <param name="KhmerName">Written by this project, awaiting native review (docs/reference-data.md).</param>
public sealed record SdgGoal(int Number, string EnglishName, string FrenchName, string KhmerName)
{
    public string Name(string language) => language switch
    {
        "fr" => FrenchName,
        "km" => KhmerName,
        _ => EnglishName,
    };
}
