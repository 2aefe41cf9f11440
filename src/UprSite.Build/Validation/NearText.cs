using System.Text.RegularExpressions;
using UprSite.Build.Output.Matrix;

namespace UprSite.Build.Validation;

/// <summary>
/// Whether two texts are one recommendation written a little otherwise: alike to <see cref="Threshold"/> or more by
/// edit distance over their compared form without spaces, and naming the same numbers and the same abbreviations
/// (ICCPR, CAT, OP-CAT), which are what tell apart recommendations that differ by a few letters only: "ILO
/// Convention 169" and "189", "ratify ICCPR" and "ratify ICESCR". Measured on the real DIHR exports
/// (docs/recommendations.md): distinct recommendations of one State to one State under Review reach 0.93 with the
/// same numbers and abbreviations, and never agree once spaces are set aside.
/// </summary>
internal static partial class NearText
{
    public const double Threshold = 0.95;

    public static double Similarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        if (longer == 0 || Math.Min(a.Length, b.Length) < longer * Threshold)
        {
            return 0;
        }

        return 1 - ((double)Distance(a, b) / longer);
    }

    /// <summary>The numbers and abbreviations of a text as written (its bracketed States left out), sorted.</summary>
    public static string Identity(string text) =>
        string.Join(' ', Identifying().Matches(TrailingStates.Strip(text)).Select(m => m.Value).Order(StringComparer.Ordinal));

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\d+|\b\p{Lu}[\p{Lu}\-]*\p{Lu}\b")]
    private static partial Regex Identifying();
}
