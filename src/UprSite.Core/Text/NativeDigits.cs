namespace UprSite.Core.Text;

/// <summary>
/// The digits of the scripts whose languages commonly write numbers with their own digits. .NET's cultures report
/// Latin digits for most of them (km-KH among them), so the table is ours.
/// </summary>
public static class NativeDigits
{
    private static readonly Dictionary<string, char> ZeroByLanguage = new(StringComparer.Ordinal)
    {
        ["ar"] = '\u0660', // Arabic-Indic ٠
        ["bn"] = '\u09E6', // Bengali ০
        ["fa"] = '\u06F0', // Extended Arabic-Indic ۰ (Persian)
        ["hi"] = '\u0966', // Devanagari ०
        ["km"] = '\u17E0', // Khmer ០
        ["lo"] = '\u0ED0', // Lao ໐
        ["mr"] = '\u0966', // Devanagari ०
        ["my"] = '\u1040', // Myanmar ၀
        ["ne"] = '\u0966', // Devanagari ०
        ["ps"] = '\u06F0', // Extended Arabic-Indic ۰ (Pashto)
        ["th"] = '\u0E50', // Thai ๐
        ["ur"] = '\u06F0', // Extended Arabic-Indic ۰ (Urdu)
    };

    /// <summary>Language codes that have native digits here, for messages.</summary>
    public static IReadOnlyCollection<string> Languages => ZeroByLanguage.Keys.Order(StringComparer.Ordinal).ToList();

    public static bool IsKnown(string language) => ZeroByLanguage.ContainsKey(language);

    /// <summary><paramref name="text"/> with every ASCII digit replaced by the language's own; unchanged when it has none here.</summary>
    public static string Apply(string language, string text)
    {
        if (!ZeroByLanguage.TryGetValue(language, out var zero) || !text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        return string.Create(text.Length, (text, zero), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = char.IsAsciiDigit(c) ? (char)(state.zero + (c - '0')) : c;
            }
        });
    }
}
