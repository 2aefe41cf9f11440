using System.Text.RegularExpressions;

namespace UprSite.Import.Layouts;

/// <summary>
/// The goal or target number of an SDG item as sources write it: "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
/// "16 - Peace, justice…", "Goal 16", "16.10 - …", "SDG 5". Anything else is returned as written, to be reported.
/// </summary>
public static partial class SdgItem
{
    public static string Number(string item)
    {
        var text = item.Trim().TrimStart('-', '–', '•', ' ');
        return Pattern().Match(text) is { Success: true } match ? match.Groups[1].Value : text;
    }

    [GeneratedRegex(@"^(?:(?:goal|sdg|target)\s*)?([0-9]{1,2}(?:\.(?:[0-9]{1,2}|[a-z]))?)(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
