using System.Globalization;
using System.Text;

namespace UprSite.Core.Recommendations;

/// <summary>
/// Identifies one recommendation as the UN counts it, one paragraph of the Working Group report whatever the number of
/// recommending States: document + paragraph when the row names both, else cycle + the text normalised
/// (<see cref="NormaliseText"/>), so that the rows of the co-sponsors of one paragraph share the key.
/// </summary>
public static class RecommendationKey
{
    public static string Of(int cycle, string? document, string? paragraph, string text)
    {
        if (!string.IsNullOrWhiteSpace(document) && !string.IsNullOrWhiteSpace(paragraph))
        {
            return $"{RecommendationId.Slug(document)}#{RecommendationId.Slug(paragraph)}";
        }

        return string.Create(CultureInfo.InvariantCulture, $"c{cycle}:{NormaliseText(text)}");
    }

    /// <summary>
    /// The text in lower case with accents, punctuation and apostrophes dropped and spaces collapsed: two sources
    /// writing one paragraph with other quotes, dashes or spacing give the same form.
    /// </summary>
    public static string NormaliseText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '–' or '—' or '/')
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
