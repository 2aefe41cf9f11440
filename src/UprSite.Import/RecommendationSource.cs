namespace UprSite.Import;

/// <summary>
/// What a file of recommendations is, in the order its word is trusted when two sources disagree on one
/// recommendation: the OHCHR matrix is the UN's own table of the report and its addendum; the Universal Human Rights
/// Index is OHCHR's database of the same documents; the DIHR explorer and UPR Info compile their databases from them;
/// a canonical file may be anything a coalition typed or converted.
/// </summary>
public enum RecommendationSource
{
    OhchrMatrix = 0,
    Uhri = 1,
    Dihr = 2,
    UprInfo = 3,
    Canonical = 4,
}
