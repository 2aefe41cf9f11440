using UprSite.Build.Output.Matrix;
using UprSite.Core.Recommendations;

namespace UprSite.Build.Validation;

/// <summary>
/// The text two sources' rows are compared by: <see cref="RecommendationKey.NormaliseText"/>, except that U+FFFD, the
/// character a decoder writes for one it could not read ("C\uFFFDte d'Ivoire"), is kept and matches any zero to two
/// characters of the other text, since it may stand for a letter, an apostrophe the normal form drops, or a space.
/// The bracketed States a matrix writes after the text ("… cycle (Croatia);") are dropped first
/// (<see cref="TrailingStates.Strip"/>): other sources name the State in a column of its own.
/// </summary>
public static class MergeText
{
    public const char Lost = '\uFFFD';

    private const int MostPerLost = 2;

    public static string Of(string text)
    {
        text = TrailingStates.Strip(text);
        if (!text.Contains(Lost, StringComparison.Ordinal))
        {
            return RecommendationKey.NormaliseText(text);
        }

        var pieces = text.Split(Lost);
        return string.Join(Lost, pieces.Select((piece, i) => Piece(piece, afterLost: i > 0, beforeLost: i < pieces.Length - 1)));
    }

    /// <summary>
    /// A piece between lost characters in normal form, keeping a space where a separator touched the lost character
    /// ("vis-�-vis" is "vis � vis", so the lost character stands for the "a" of "vis a vis" alone).
    /// </summary>
    private static string Piece(string piece, bool afterLost, bool beforeLost)
    {
        var normal = RecommendationKey.NormaliseText(piece);
        if (normal.Length == 0)
        {
            return piece.Any(IsSeparator) && afterLost && beforeLost ? " " : normal;
        }

        var lead = afterLost && IsSeparator(piece[0]) ? " " : string.Empty;
        var trail = beforeLost && IsSeparator(piece[^1]) ? " " : string.Empty;
        return lead + normal + trail;
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '–' or '—' or '/';

    /// <summary>Whether <paramref name="withLost"/> reads as <paramref name="other"/> once each lost character is given back.</summary>
    public static bool Matches(string withLost, string other)
    {
        // reach[j]: the first i characters of withLost can read as the first j characters of other.
        var reach = new bool[other.Length + 1];
        reach[0] = true;
        foreach (var c in withLost)
        {
            var next = new bool[other.Length + 1];
            for (var j = 0; j <= other.Length; j++)
            {
                if (!reach[j])
                {
                    continue;
                }

                if (c == Lost)
                {
                    for (var k = 0; k <= MostPerLost && j + k <= other.Length; k++)
                    {
                        next[j + k] = true;
                    }
                }
                else if (j < other.Length && other[j] == c)
                {
                    next[j + 1] = true;
                }
            }

            reach = next;
        }

        return reach[other.Length];
    }
}
