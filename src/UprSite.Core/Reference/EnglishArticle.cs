namespace UprSite.Core.Reference;

/// <summary>
/// The States whose UN short name takes "the" in an English sentence ("recommendations to the Philippines", "the
/// United States of America supported it"), by ISO 3166 alpha-2 code, as the UN's own documents write them.
/// </summary>
public static class EnglishArticle
{
    private static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "AE", "BS", "CD", "CF", "CG", "DO", "GB", "GM", "KM", "KP", "KR", "LA", "MD", "MH", "MV", "NE", "NL", "PH",
        "PS", "RU", "SB", "SD", "SY", "TZ", "US", "VA",
    };

    public static bool Takes(string? alpha2) => alpha2 is not null && Codes.Contains(alpha2);
}
