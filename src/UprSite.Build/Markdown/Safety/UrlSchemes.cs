namespace UprSite.Build.Markdown.Safety;

/// <summary>
/// The addresses Markdown may link to: http, https, mailto, and addresses without a scheme (site-relative, relative,
/// fragments). The scheme is read the way a browser reads it, so <c>JavaScript:</c>, <c>java&#9;script:</c> or a
/// leading control character do not slip through.
/// </summary>
public static class UrlSchemes
{
    public static IReadOnlyList<string> Allowed { get; } = ["http", "https", "mailto"];

    /// <summary>Why the address is refused, or null when it is allowed. Markdig has already decoded entities.</summary>
    public static string? Refusal(string url)
    {
        // A browser drops tabs and line breaks anywhere in an address, then leading and trailing controls and spaces.
        var text = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(ControlsAndSpace);
        if (text.Any(char.IsControl))
        {
            return "it holds a control character";
        }

        var end = 0;
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            return null;
        }

        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '+' or '-' or '.'))
        {
            end++;
        }

        if (end == text.Length || text[end] != ':')
        {
            return null;
        }

        var scheme = text[..end].ToLowerInvariant();
        return Allowed.Contains(scheme) ? null : $"its scheme '{scheme}:' is not one of {string.Join(", ", Allowed.Select(s => s + ":"))}";
    }

    private static readonly char[] ControlsAndSpace = Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray();
}
