namespace UprSite.Core.Reference;

/// <summary>
/// A group of persons a recommendation concerns, by the English label a source gives it (DIHR's Keywords, the
/// "Affected persons" of OHCHR matrices and UHRI), with this project's French and Khmer names.
/// </summary>
/// <param name="EnglishLabels">The labels sources write for it, compared folded ("refugees &amp; asylum seekers" is DIHR's "Refugees and asylum-seekers").</param>
/// <param name="KhmerName">Written by this project, awaiting native review (docs/reference-data.md).</param>
public sealed record AffectedPersonName(IReadOnlyList<string> EnglishLabels, string FrenchName, string KhmerName)
{
    public string? Name(string language) => language switch
    {
        "fr" => FrenchName,
        "km" => KhmerName,
        _ => null,
    };
}
