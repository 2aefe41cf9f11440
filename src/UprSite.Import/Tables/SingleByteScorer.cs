using System.Text;

namespace UprSite.Import.Tables;

/// <summary>
/// Scores how well a single-byte encoding reads the bytes at or above 0x80 of a file: each such byte, decoded, is
/// judged with its neighbours. An accented small letter inside a word, a capital opening one, or a typographic
/// apostrophe between letters fits; a capital inside a small-letter word, a mathematical symbol or an undefined
/// (control) character does not. The encoding with the higher score is the one the file was written in.
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
                score += Fit(_chars[bytes[i]], before, after);
            }
        }

        return score;
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
