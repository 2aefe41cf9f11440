using System.Text;
using System.Text.Unicode;

namespace UprSite.Import.Tables;

/// <summary>
/// Turns the bytes of a text file into characters, telling the encoding from what the bytes hold: UTF-8 (with or
/// without a byte-order mark), UTF-16 (a byte-order mark, or the zero bytes ASCII leaves in every other place), else
/// windows-1252 or Mac Roman, whichever reads the bytes above 0x80 as the more likely letters
/// (<see cref="SingleByteScorer"/>). Every byte maps to a character in both, so a file is never rejected for its
/// encoding; a close call is marked <see cref="DecodedText.Uncertain"/>.
/// </summary>
public static class TextDecoder
{
    private const int MacRomanCodePage = 10000;
    private const int WindowsLatinCodePage = 1252;

    /// <summary>Scores closer than this (about one well-placed accented letter) leave the choice uncertain.</summary>
    private const int CertainMargin = 3;

    public static Encoding MacRoman { get; } = RegisterCodePages().GetEncoding(MacRomanCodePage)!;

    public static Encoding WindowsLatin { get; } = CodePagesEncodingProvider.Instance.GetEncoding(WindowsLatinCodePage)!;

    private static readonly SingleByteScorer MacRomanScorer = new(MacRoman);
    private static readonly SingleByteScorer WindowsLatinScorer = new(WindowsLatin);

    public static string Decode(ReadOnlySpan<byte> bytes) => Read(bytes).Text;

    public static DecodedText Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE", false);
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE", false);
        }

        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        // Before UTF-8: ASCII in UTF-16 is valid UTF-8 too, with a zero byte after every letter.
        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return utf16;
        }

        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "UTF-8", false);
        }

        var mac = MacRomanScorer.Score(bytes);
        var windows = WindowsLatinScorer.Score(bytes);
        var uncertain = Math.Abs(mac - windows) < CertainMargin;
        return windows > mac
            ? new DecodedText(WindowsLatinScorer.Decode(bytes), "windows-1252", uncertain)
            : new DecodedText(MacRomanScorer.Decode(bytes), "Mac Roman", uncertain);
    }

    /// <summary>Text in UTF-16 without a byte-order mark: in its first kilobytes most even (LE: odd) bytes are zero.</summary>
    private static DecodedText? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        var body = bytes[..(bytes.Length & ~1)];
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        {
            return new DecodedText(Encoding.Unicode.GetString(body), "UTF-16LE", false);
        }

        return evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs
            ? new DecodedText(Encoding.BigEndianUnicode.GetString(body), "UTF-16BE", false)
            : null;
    }

    private static EncodingProvider RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return CodePagesEncodingProvider.Instance;
    }

    /// <summary>Makes sure the code-page encodings (Mac Roman, Windows-1252 for old .xls) are registered.</summary>
    public static void EnsureCodePages() => _ = MacRoman;
}
