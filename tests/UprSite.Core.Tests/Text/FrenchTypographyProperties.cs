using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UprSite.Core.Text;

namespace UprSite.Core.Tests.Text;

/// <summary>French spacing over texts made of random pieces: words, spaces of each kind, marks, guillemets, times, line breaks.</summary>
public sealed class FrenchTypographyProperties
{
    private static readonly string[] Pieces =
    [
        "mot", "État", "10:30", "1:2", " ", "  ", "\t", "\u00A0", "\u202F", ":", ";", "?", "!", "«", "»", "(", ")", "\n", ".", ",", "x",
    ];

    private static string Text(byte[] pieces) => string.Concat(pieces.Select(p => Pieces[p % Pieces.Length]));

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009';

    [Property(MaxTest = 500)]
    public Property Applying_twice_gives_what_applying_once_gives(byte[] pieces, string any)
    {
        var once = FrenchTypography.Apply(Text(pieces));
        var anyOnce = FrenchTypography.Apply(any ?? string.Empty);
        return (FrenchTypography.Apply(once) == once && FrenchTypography.Apply(anyOnce) == anyOnce).Label(once);
    }

    [Property(MaxTest = 500)]
    public Property Only_spaces_change(byte[] pieces)
    {
        var text = Text(pieces);
        string Letters(string s) => new(s.Where(c => !IsSpace(c)).ToArray());
        return (Letters(FrenchTypography.Apply(text)) == Letters(text)).Label(text);
    }

    /// <summary>
    /// Every high mark used as punctuation after a word on its line has exactly one no-break space before it, and every
    /// « that text follows on its line exactly one after it.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Marks_and_guillemets_get_exactly_one_no_break_space(byte[] pieces)
    {
        var text = Text(pieces);
        var result = FrenchTypography.Apply(text);
        var wrong = new List<int>();
        for (var k = 0; k < result.Length; k++)
        {
            var before = k;
            while (before > 0 && IsSpace(result[before - 1]))
            {
                before--;
            }

            var previous = before > 0 ? result[before - 1] : '\n';
            var next = k + 1 < result.Length ? result[k + 1] : ' ';
            var isMark = ":;?!".Contains(result[k]) && (char.IsWhiteSpace(next) || "»)?!:;.,".Contains(next))
                && !"\n([?!:;".Contains(previous);
            var isCloser = result[k] == '»' && !"\n«".Contains(previous);
            if ((isMark || isCloser) && !(k - before == 1 && result[k - 1] is '\u00A0' or '\u202F'))
            {
                wrong.Add(k);
            }

            var after = k + 1;
            while (after < result.Length && IsSpace(result[after]))
            {
                after++;
            }

            if (result[k] == '«' && after < result.Length && result[after] is not ('\n' or '»')
                && !(after - k == 2 && result[k + 1] is '\u00A0' or '\u202F'))
            {
                wrong.Add(k);
            }
        }

        return (wrong.Count == 0).Label($"{Show(text)} → {Show(result)}, wrong at {string.Join(", ", wrong)}");
    }

    private static string Show(string s) => s.Replace("\u202F", "_").Replace("\u00A0", "~").Replace("\n", "\\n");
}
