using System.Globalization;

namespace UprSite.Core.Text;

/// <summary>
/// Shortens a text for a meta description or a share card: whole when short enough, else cut after the last word
/// that fits and ended with "…". Text written without spaces between words (Khmer) is cut between characters as a
/// reader sees them (grapheme clusters), never inside a cluster.
/// </summary>
public static class Excerpt
{
    /// <summary>What search engines show of a description, give or take.</summary>
    public const int DefaultLength = 160;

    public static string Of(string text, int maxLength = DefaultLength)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var elements = new StringInfo(collapsed);
        if (elements.LengthInTextElements <= maxLength)
        {
            return collapsed;
        }

        // Room for the ellipsis; a cut at a space is kept only when it does not throw away more than a quarter.
        var head = elements.SubstringByTextElements(0, maxLength - 1);
        var space = head.LastIndexOf(' ');
        var kept = space >= head.Length * 3 / 4 ? head[..space] : head;
        return kept.TrimEnd(' ', ',', ';', ':', '.', '·', '—', '–', '-') + "…";
    }
}
