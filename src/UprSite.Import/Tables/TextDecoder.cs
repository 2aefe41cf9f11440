using System.Text;
using System.Text.Unicode;

namespace UprSite.Import.Tables;

/// <summary>
/// Turns the bytes of a CSV file into text. Exports come as UTF-8 (with or without a byte-order mark), as UTF-16 with a
/// byte-order mark (Excel's "Unicode text") or, when re-saved on a classic Mac, as Mac Roman. Bytes that are valid
/// UTF-8 are read as UTF-8; anything else as Mac Roman, which maps every byte to a character, so a file is never
/// rejected for its encoding.
/// </summary>
public static class TextDecoder
{
    private const int MacRomanCodePage = 10000;

    public static Encoding MacRoman { get; } = RegisterCodePages().GetEncoding(MacRomanCodePage)!;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        // Excel's "Unicode text" is UTF-16 with a byte-order mark.
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : MacRoman.GetString(bytes);
    }

    private static EncodingProvider RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return CodePagesEncodingProvider.Instance;
    }

    /// <summary>Makes sure the code-page encodings (Mac Roman, Windows-1252 for old .xls) are registered.</summary>
    public static void EnsureCodePages() => _ = MacRoman;
}
