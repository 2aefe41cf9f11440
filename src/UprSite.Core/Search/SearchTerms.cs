using System.Globalization;
using System.Text;

namespace UprSite.Core.Search;

/// <summary>
/// The terms a text is indexed under, and a query looked up with; theme/assets/js/search.js makes the same terms from
/// what the reader types. Latin and other spaced scripts: words, lower case, accents dropped ("Société" → "societe").
/// Khmer: each cluster and each pair of neighbouring clusters (<see cref="KhmerClusters"/>), so a word is found inside
/// a run of text without spaces.
/// </summary>
public static class SearchTerms
{
    /// <summary>Every distinct term of <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> Of(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(text))
        {
            if (run.Khmer)
            {
                var clusters = KhmerClusters.Of(run.Text);
                for (var i = 0; i < clusters.Count; i++)
                {
                    terms.Add(clusters[i]);
                    if (i + 1 < clusters.Count)
                    {
                        terms.Add(clusters[i] + clusters[i + 1]);
                    }
                }
            }
            else if (run.Text.Length > 1)
            {
                terms.Add(run.Text);
            }
        }

        return terms;
    }

    /// <summary>The shard a term is kept in: its first letter, or for a letter beyond a–z its code point in hex.</summary>
    public static string ShardOf(string term)
    {
        var first = term[0];
        return first switch
        {
            >= 'a' and <= 'z' => first.ToString(),
            >= '0' and <= '9' => "0",
            _ => ((int)first).ToString("x4", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Runs of Khmer letters, and words of other letters and digits folded to lower case without accents.</summary>
    public static IEnumerable<(string Text, bool Khmer)> Runs(string text)
    {
        var current = new StringBuilder();
        var khmer = false;
        foreach (var c in Fold(text))
        {
            var isKhmer = KhmerClusters.IsKhmerLetter(c);
            var isWord = isKhmer || char.IsLetterOrDigit(c);
            if (current.Length > 0 && (!isWord || isKhmer != khmer))
            {
                yield return (current.ToString(), khmer);
                current.Clear();
            }

            if (isWord)
            {
                current.Append(c);
                khmer = isKhmer;
            }
        }

        if (current.Length > 0)
        {
            yield return (current.ToString(), khmer);
        }
    }

    /// <summary>Lower case, Latin accents dropped (only U+0300–U+036F: Khmer vowels are combining marks too and stay).</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case >= '\u0300' and <= '\u036F':
                    break;
                case 'œ' or 'Œ':
                    folded.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    folded.Append("ae");
                    break;
                default:
                    folded.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return folded.ToString();
    }
}
