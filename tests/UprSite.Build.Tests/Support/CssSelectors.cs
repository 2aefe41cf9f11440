namespace UprSite.Build.Tests.Support;

/// <summary>
/// The selectors of a stylesheet's style rules, those inside @media and @supports included; @page, @font-face and the
/// other at-rules hold no element selectors and are skipped.
/// </summary>
public static class CssSelectors
{
    public static List<string> Of(string css)
    {
        var selectors = new List<string>();
        Read(WithoutComments(css), 0, css.Length, selectors);
        return selectors;
    }

    private static void Read(string css, int start, int end, List<string> selectors)
    {
        var at = start;
        while (at < end)
        {
            var open = css.IndexOf('{', at);
            var semicolon = css.IndexOf(';', at);
            if (open < 0 || open >= end)
            {
                return;
            }

            var prelude = css[at..open].Trim();
            if (semicolon >= 0 && semicolon < open && prelude.StartsWith('@'))
            {
                at = semicolon + 1; // @import url(…);
                continue;
            }

            var close = MatchingBrace(css, open);
            if (prelude.StartsWith("@media", StringComparison.Ordinal) || prelude.StartsWith("@supports", StringComparison.Ordinal))
            {
                Read(css, open + 1, close, selectors);
            }
            else if (!prelude.StartsWith('@'))
            {
                selectors.AddRange(SplitList(prelude));
            }

            at = close + 1;
        }
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            depth += css[i] == '{' ? 1 : css[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"unclosed block at {open}");
    }

    /// <summary>a, b:not(c, d) → [a, b:not(c, d)]</summary>
    private static IEnumerable<string> SplitList(string prelude)
    {
        var (depth, from) = (0, 0);
        for (var i = 0; i < prelude.Length; i++)
        {
            depth += prelude[i] == '(' ? 1 : prelude[i] == ')' ? -1 : 0;
            if (prelude[i] == ',' && depth == 0)
            {
                yield return prelude[from..i].Trim();
                from = i + 1;
            }
        }

        yield return prelude[from..].Trim();
    }

    private static string WithoutComments(string css)
    {
        var text = new System.Text.StringBuilder(css.Length);
        for (var i = 0; i < css.Length; i++)
        {
            if (css[i] == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                text.Append(' ');
                continue;
            }

            text.Append(css[i]);
        }

        return text.ToString();
    }
}
