namespace UprSite.Core.Search;

/// <summary>
/// Splits a run of Khmer letters into clusters: a consonant or independent vowel with the vowels and signs written on
/// it and the consonants stacked under it (coeng, U+17D2, then a consonant). Khmer has no spaces between words, so the
/// search indexes these clusters and pairs of neighbouring clusters instead of words (docs/search.md).
/// </summary>
public static class KhmerClusters
{
    public static bool IsKhmerLetter(char c) => c is >= '\u1780' and <= '\u17D3' or '\u17DD';

    private static bool IsBase(char c) => c is >= '\u1780' and <= '\u17B3';

    private static bool IsConsonant(char c) => c is >= '\u1780' and <= '\u17A2';

    private const char Coeng = '\u17D2';

    /// <summary>The clusters of <paramref name="run"/>, which holds only Khmer letters (<see cref="IsKhmerLetter"/>).</summary>
    public static IReadOnlyList<string> Of(string run)
    {
        var clusters = new List<string>();
        var i = 0;
        while (i < run.Length)
        {
            var start = i;
            i++;
            while (i < run.Length && !IsBase(run[i]))
            {
                i += run[i] == Coeng && i + 1 < run.Length && IsConsonant(run[i + 1]) ? 2 : 1;
            }

            clusters.Add(run[start..i]);
        }

        return clusters;
    }
}
