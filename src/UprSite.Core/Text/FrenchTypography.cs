using System.Text;

namespace UprSite.Core.Text;

/// <summary>
/// French spacing of punctuation in plain text: a narrow no-break space (U+202F) before <c>: ; ? !</c> and inside
/// <c>« »</c>, so that a line never breaks before the mark.
/// <list type="bullet">
/// <item>A space already there is replaced, never doubled; a no-break space already there (U+00A0 or U+202F) is kept.</item>
/// <item>A mark counts as punctuation only when a space, the end of the text, a closing bracket or quote, or another
/// mark follows it: the colon of <c>10:30</c>, <c>1:2</c> or <c>:-)</c> is left alone; so is anything inside a word
/// that holds "://" or starts with "www." or "mailto:" (addresses keep their <c>?</c>, <c>!</c> and <c>:</c>).</item>
/// <item>Nothing is added at the start of a line, after an opening bracket, or between two marks (<c>?!</c>).</item>
/// </list>
/// For text, not markup: apply it before HTML escaping (an entity such as <c>&amp;amp;</c> ends with a semicolon).
/// Applying it twice gives what applying it once gives.
/// </summary>
public static class FrenchTypography
{
    public const char NarrowNoBreakSpace = '\u202F';

    private const string Marks = ":;?!";

    private const string Closers = "»)]}\"”’'.,…";

    public static string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny(":;?!«»") < 0)
        {
            return text;
        }

        var inAddress = AddressWords(text);
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!inAddress[i] && Marks.Contains(c) && IsPunctuation(text, i))
            {
                SpaceBefore(result, opening => opening is not ('(' or '[' or '{') && !Marks.Contains(opening));
            }
            else if (!inAddress[i] && c == '»')
            {
                SpaceBefore(result, opening => opening != '«');
            }
            else if (!inAddress[i] && c == '«' && SpaceAfter(text, i) is var (end, space) && end > i)
            {
                result.Append('«').Append(space);
                i = end - 1;
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>A space that is not a line break: the ones typed by hand, and the no-break ones.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or NarrowNoBreakSpace or '\u2009';

    private static bool IsNoBreak(char c) => c is '\u00A0' or NarrowNoBreakSpace;

    private static bool IsPunctuation(string text, int at) =>
        at + 1 == text.Length || char.IsWhiteSpace(text[at + 1]) || Closers.Contains(text[at + 1]) || Marks.Contains(text[at + 1]);

    /// <summary>
    /// Replaces the spaces at the end of <paramref name="result"/> with one no-break space (the one written, else a
    /// narrow one), or adds a narrow one, unless the mark opens a line or follows a character <paramref name="spaced"/> refuses.
    /// </summary>
    private static void SpaceBefore(StringBuilder result, Func<char, bool> spaced)
    {
        var start = result.Length;
        while (start > 0 && IsSpace(result[start - 1]))
        {
            start--;
        }

        if (start == 0 || result[start - 1] is '\n' or '\r' || !spaced(result[start - 1]))
        {
            return;
        }

        var space = FirstNoBreak(result.ToString(start, result.Length - start));
        result.Length = start;
        result.Append(space);
    }

    /// <summary>The first no-break space among <paramref name="spaces"/>; a narrow one when there is none.</summary>
    private static char FirstNoBreak(ReadOnlySpan<char> spaces)
    {
        foreach (var c in spaces)
        {
            if (IsNoBreak(c))
            {
                return c;
            }
        }

        return NarrowNoBreakSpace;
    }

    /// <summary>
    /// After an opening «: where its spaces end and the one no-break space to write; the end is the « itself when text
    /// does not follow on the same line (an empty « », a « at the end).
    /// </summary>
    private static (int End, char Space) SpaceAfter(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && IsSpace(text[end]))
        {
            end++;
        }

        return end == text.Length || text[end] is '\n' or '\r' or '»' ? (at, ' ') : (end, FirstNoBreak(text.AsSpan(at + 1, end - at - 1)));
    }

    /// <summary>For each character, whether it belongs to a web or mail address (a word with "://", "www.", "mailto:").</summary>
    private static bool[] AddressWords(string text)
    {
        var inAddress = new bool[text.Length];
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var word = text.AsSpan(start, i - start);
            if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                inAddress.AsSpan(start, i - start).Fill(true);
            }

            start = i + 1;
        }

        return inAddress;
    }
}
