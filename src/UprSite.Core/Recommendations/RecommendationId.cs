using System.Runtime.CompilerServices;
using System.Text;

namespace UprSite.Core.Recommendations;

/// <summary>
/// Derives a stable id for a row that has none: document + paragraph + recommending State when the row names its
/// paragraph (joint recommendations share a paragraph, one row per co-sponsor), else session or cycle + State + a hash
/// of the text. Ids use only a–z, 0–9, '.', '-' so they can serve as anchors and file names.
/// </summary>
public static class RecommendationId
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Derive(int cycle, int? session, string recommendingState, string text, string? document, string? paragraph)
    {
        var state = Slug(recommendingState);
        if (!string.IsNullOrWhiteSpace(document) && !string.IsNullOrWhiteSpace(paragraph))
        {
            return $"{Slug(document)}-{Slug(paragraph)}-{state}";
        }

        var when = session is { } s ? $"s{s}" : $"c{cycle}";
        return $"{when}-{state}-{TextHash(text)}";
    }

    /// <summary>Lower-case letters and digits, other runs of characters as one '-'; dots kept between digits (118.1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Slug(string value)
    {
        var builder = new StringBuilder(value.Length);
        var normalized = value.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '.' && i > 0 && char.IsAsciiDigit(normalized[i - 1]) && i + 1 < normalized.Length && char.IsAsciiDigit(normalized[i + 1]))
            {
                builder.Append('.');
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>FNV-1a over the text's words in lower case: the same text with other spacing or case gives the same hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string TextHash(string text)
    {
        var words = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = 2166136261u;
        foreach (var c in words)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
