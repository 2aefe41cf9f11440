using System.Globalization;
using System.Text;

namespace UprSite.Core.Text;

/// <summary>User text as a one-line message shows it: control characters (line breaks too) written as \u000a.</summary>
public static class VisibleText
{
    public static string Of(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            visible.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c);
        }

        return visible.ToString();
    }
}
