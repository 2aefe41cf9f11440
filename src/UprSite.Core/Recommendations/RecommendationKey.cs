using System.Globalization;
using System.Text;

namespace UprSite.Core.Recommendations;

/// <summary>
/// Identifies one recommendation as the UN counts it, one paragraph of the Working Group report whatever the number of
/// recommending States: document + paragraph when the row names its paragraph (the document may be missing: the rows
/// of one country's cycle come from one report), so that the rows of a paragraph's co-sponsors and the clauses of a
/// clustered paragraph share it, whatever their texts; else the source row, whose co-sponsors (named in one cell)
/// share it.
/// </summary>
public static class RecommendationKey
{
    public static string Of(string? document, string? paragraph, RowRef source)
    {
        if (!string.IsNullOrWhiteSpace(paragraph))
        {
            var report = string.IsNullOrWhiteSpace(document) ? string.Empty : RecommendationId.Slug(document);
            return $"{report}#{RecommendationId.Slug(paragraph)}";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{source.File}:{source.Row}");
    }

    /// <summary>
    /// The text in lower case with accents, punctuation and apostrophes dropped and spaces collapsed: two sources
    /// writing one paragraph with other quotes, dashes or spacing give the same form.
    /// </summary>
    public static string NormaliseText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in Decomposed(text))
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

    // Normalize throws on a text holding unpaired surrogates or non-characters (damaged files); such a text is
    // compared as it is.
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
}
