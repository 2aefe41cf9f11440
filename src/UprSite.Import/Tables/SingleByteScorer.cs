using System.Text;

namespace UprSite.Import.Tables;

/// <summary>
/// Scores how well a single-byte encoding reads the bytes at or above 0x80 of a file: each such byte, decoded, is
/// judged with its neighbours. An accented small letter inside a word, a capital opening one, or a typographic
/// apostrophe between letters fits; a capital inside a small-letter word, a mathematical symbol or an undefined
/// (control) character does not. An apostrophe where English and French put one (People’s, don’t, l’État, qu’il)
/// fits best of all: windows-1252's ’ (0x92) is Mac Roman's "í", a letter that would fit between letters too, and a
/// file whose only non-ASCII character is that apostrophe is far more often a windows-1252 one.
/// The encoding with the higher score is the one the file was written in.
/// </summary>
internal sealed class SingleByteScorer
{
    private const string CommonLetters = "áàâäãåçéèêëíìîïñóòôöõøúùûüýÿœæß";
    private const string Punctuation = "’‘“”–—…«»°€£·";
    private const string Unlikely = "√∫≈∆◊∑∏π∂Ω≠≤≥∞µ¬¦¤¶§†‡ˆ˜¯˘˙˚¸˝˛ˇ◊ıﬁﬂ¨´";

    private readonly char[] _chars = new char[256];

    public SingleByteScorer(Encoding encoding)
    {
        for (var b = 0; b < 256; b++)
        {
            _chars[b] = encoding.GetString([(byte)b])[0];
        }
    }

    public string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = _chars[bytes[i]];
        }

        return new string(chars);
    }

    public int Score(ReadOnlySpan<byte> bytes)
    {
        var score = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80)
            {
                var before = i > 0 ? _chars[bytes[i - 1]] : ' ';
                var after = i + 1 < bytes.Length ? _chars[bytes[i + 1]] : ' ';
                var c = _chars[bytes[i]];
                score += c is '’' && IsApostropheSpot(bytes, i) ? 4 : Fit(c, before, after);
            }
        }

        return score;
    }

    /// <summary>
    /// English endings after an apostrophe (’s, ’t, ’d, ’m, ’ll, ’re, ’ve, then the word ends) or a French elided
    /// word before it (l’, d’, j’, m’, n’, s’, t’, c’, qu’, then a letter). The neighbours are ASCII in both encodings.
    /// </summary>
    private static bool IsApostropheSpot(ReadOnlySpan<byte> bytes, int i)
    {
        static bool Letter(ReadOnlySpan<byte> b, int at) => at >= 0 && at < b.Length && char.IsAsciiLetter((char)b[at]);
        static char Lower(ReadOnlySpan<byte> b, int at) => char.ToLowerInvariant((char)b[at]);

        if (!Letter(bytes, i - 1) || !Letter(bytes, i + 1))
        {
            return false;
        }

        var one = Lower(bytes, i + 1);
        var english = one is 's' or 't' or 'd' or 'm' ? !Letter(bytes, i + 2)
            : (one, Letter(bytes, i + 2) ? Lower(bytes, i + 2) : ' ') is ('l', 'l') or ('r', 'e') or ('v', 'e') && !Letter(bytes, i + 3);
        var elided = !Letter(bytes, i - 2) && Lower(bytes, i - 1) is 'l' or 'd' or 'j' or 'm' or 'n' or 's' or 't' or 'c';
        var qu = i >= 2 && Lower(bytes, i - 2) == 'q' && Lower(bytes, i - 1) == 'u' && !Letter(bytes, i - 3);
        return english || elided || qu;
    }

    private static int Fit(char c, char before, char after)
    {
        if (char.IsControl(c) || c == '\uFFFD')
        {
            return -10;
        }

        if (Unlikely.Contains(c))
        {
            return -3;
        }

        if (char.IsLower(c))
        {
            var inWord = char.IsLetter(before) || char.IsLetter(after);
            return CommonLetters.Contains(c) ? (inWord ? 3 : 1) : (inWord ? 1 : -1);
        }

        if (char.IsUpper(c))
        {
            // A capital after a small letter, or between a capital and a small letter ("CÙte"), breaks a word.
            var breaksWord = char.IsLower(before) || (char.IsLetter(before) && char.IsLower(after));
            return breaksWord ? -3 : CommonLetters.Contains(char.ToLowerInvariant(c)) ? 2 : 0;
        }

        if (Punctuation.Contains(c))
        {
            return c is '’' && char.IsLetter(before) && char.IsLetter(after) ? 3 : 1;
        }

        return -1;
    }
}
