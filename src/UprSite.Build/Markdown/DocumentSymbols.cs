using System.Text;
using System.Text.RegularExpressions;

namespace UprSite.Build.Markdown;

/// <summary>
/// UN document symbols (A/HRC/26/16, CCPR/C/KHM/CO/3, E/C.12/KHM/CO/2) read left to right in every language. In a
/// right-to-left paragraph the bidi algorithm would reorder their parts (16/26/HRC/A), so on right-to-left pages
/// each symbol in the text is isolated as <c>&lt;bdi dir="ltr"&gt;</c>.
/// </summary>
public static partial class DocumentSymbols
{
    [GeneratedRegex(@"\b[A-Z](?:[A-Z0-9.]*[A-Z0-9])?(?:/[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?){2,}")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"(<[^>]*>)")]
    private static partial Regex Tag();

    /// <summary>Wraps the symbols found in the text of <paramref name="html"/>; tags, attributes and code are left as they are.</summary>
    public static string IsolateLeftToRight(string html)
    {
        var result = new StringBuilder(html.Length + 64);
        var inCode = 0;
        foreach (var part in Tag().Split(html))
        {
            if (part.StartsWith('<'))
            {
                inCode += part switch
                {
                    _ when IsTag(part, "<code") || IsTag(part, "<pre") || IsTag(part, "<bdi") => 1,
                    _ when IsTag(part, "</code") || IsTag(part, "</pre") || IsTag(part, "</bdi") => -1,
                    _ => 0,
                };
                result.Append(part);
            }
            else
            {
                result.Append(inCode > 0 ? part : Symbol().Replace(part, "<bdi dir=\"ltr\">$0</bdi>"));
            }
        }

        return result.ToString();
    }

    private static bool IsTag(string tag, string start) =>
        tag.StartsWith(start, StringComparison.OrdinalIgnoreCase) && tag.Length > start.Length && (tag[start.Length] is '>' or ' ');
}
