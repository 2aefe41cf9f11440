using System.Text.RegularExpressions;

namespace UprSite.Build.Markdown;

/// <summary>
/// UN document symbols (A/HRC/26/16, CCPR/C/KHM/CO/3, E/C.12/KHM/CO/2) read left to right in every language. In a
/// right-to-left paragraph the bidi algorithm would reorder their parts (16/26/HRC/A), so on right-to-left pages
/// each symbol in the text is isolated (see <see cref="SymbolIsolatingLiteralRenderer"/>).
/// </summary>
public static partial class DocumentSymbols
{
    [GeneratedRegex(@"\b[A-Z](?:[A-Z0-9.]*[A-Z0-9])?(?:/[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?){2,}")]
    private static partial Regex Symbol();

    /// <summary>The plain text cut into runs, each marked as a document symbol or not, in order.</summary>
    public static IEnumerable<(string Text, bool IsSymbol)> Runs(string text)
    {
        var at = 0;
        foreach (Match match in Symbol().Matches(text))
        {
            if (match.Index > at)
            {
                yield return (text[at..match.Index], false);
            }

            yield return (match.Value, true);
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            yield return (text[at..], false);
        }
    }
}
