using System.Globalization;
using System.Net;
using System.Text;

namespace UprSite.Core.Reference;

/// <summary>
/// Folds a State name into the form names are compared in: HTML character references decoded, lower case, Latin
/// accents removed, apostrophes of every kind removed, "&amp;" read as "and", every other punctuation mark and bracket a
/// space, spaces collapsed, and a leading or trailing "the" dropped ("The Gambia", "Bahamas (the)").
/// "Côte d’Ivoire" and "Cote d'Ivoire" both fold to "cote divoire".
/// </summary>
public static class NameFolding
{
    public static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var decomposed = Decomposed(WithoutSurrogates(WebUtility.HtmlDecode(name)).ToLowerInvariant());
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            Append(builder, c);
        }

        return WithoutArticle(string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    // Normalize throws on non-characters (U+FFFE in a damaged file); such a name is compared as it is.
    private static string Decomposed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>The folded name without its spaces, to match a name broken by a stray space ("Sierra Le one").</summary>
    public static string Compact(string? name) => Fold(name).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static void Append(StringBuilder builder, char c)
    {
        if (c is >= '\u0300' and <= '\u036F' || IsApostrophe(c))
        {
            return;
        }

        var special = c switch
        {
            'ß' => "ss",
            'æ' => "ae",
            'ø' => "o",
            'œ' => "oe",
            'ł' => "l",
            'đ' => "d",
            'ı' => "i",
            '&' => " and ",
            _ => null,
        };
        if (special is not null)
        {
            builder.Append(special);
        }
        else if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            builder.Append(char.ToLowerInvariant(c));
        }
        else
        {
            builder.Append(' ');
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or '´' or 'ʼ' or 'ʻ' or '′' or '＇';

    private static string WithoutSurrogates(string text) =>
        text.Any(char.IsSurrogate) ? new string(text.Select(c => char.IsSurrogate(c) ? ' ' : c).ToArray()) : text;

    private static string WithoutArticle(string folded)
    {
        while (true)
        {
            if (folded.StartsWith("the ", StringComparison.Ordinal))
            {
                folded = folded[4..];
            }
            else if (folded.EndsWith(" the", StringComparison.Ordinal))
            {
                folded = folded[..^4];
            }
            else
            {
                return folded;
            }
        }
    }
}
