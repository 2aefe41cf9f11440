namespace UprSite.Core.Reference;

/// <summary>
/// The five UN regional groups, as they count for elections (the Human Rights Council and the UPR troikas use them).
/// </summary>
public enum RegionalGroup
{
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOthers,
}
