using System.Globalization;
using System.Text;

namespace UprSite.Core.Recommendations;

/// <summary>
/// Identifies one recommendation as the UN counts it, one paragraph of the Working Group report whatever the number of
/// recommending States: document + paragraph when the row names its paragraph (the document may be missing: the rows
/// of one country's cycle come from one report), so that the rows of a paragraph's co-sponsors and the clauses of a
/// clustered paragraph share it, whatever their texts; else the source row, whose co-sponsors (named in one cell)
/// share it. A bare paragraph number ("38", see <see cref="NamesOne"/>) is the paragraph that lists a whole report's
/// recommendations, so within it the text tells one recommendation from another.
/// </summary>
public static class RecommendationKey
{
    public static string Of(string? document, string? paragraph, RowRef source, string text)
    {
        if (!string.IsNullOrWhiteSpace(paragraph))
        {
            var report = string.IsNullOrWhiteSpace(document) ? string.Empty : RecommendationId.Slug(document);
            var key = $"{report}#{RecommendationId.Slug(paragraph)}";
            return NamesOne(paragraph) ? key : $"{key}~{NormaliseText(text)}";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{source.File}:{source.Row}");
    }

    /// <summary>
    /// True when the paragraph number names one recommendation ("118.9", as reports number them since 2012); false
    /// for no number or a bare one ("38": the 2008–2011 reports list all their recommendations, numbered 1, 2, 3…,
    /// under one paragraph, and the exports keep only the paragraph's number).
    /// </summary>
    public static bool NamesOne(string? paragraph) =>
        !string.IsNullOrWhiteSpace(paragraph) && paragraph.Trim().Trim('.').Contains('.', StringComparison.Ordinal);

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
