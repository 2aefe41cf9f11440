using UprSite.Core.Reference;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// Takes off the bracketed States a matrix writes after a recommendation's text ("… ICCPR (Cape Verde)", "… (Maldives)
/// (Portugal)", nested "(Bolivia (Plurinational State of))"), since the output matrix names the States itself, by
/// their UN names. A closing bracket whose content is no State is part of the text and stays. A text that still
/// names States in brackets within it (a paragraph clustering several States' recommendations, "Ratify ICCPR
/// (Albania); Ratify ICCPR and CPED (Chile); …") is kept whole: its States are already where the source put them.
/// </summary>
public static class TrailingStates
{
    /// <summary>The text to print and whether it already names its States (then the matrix adds none).</summary>
    public static (string Text, bool NamesStates) Split(string text)
    {
        var stripped = Strip(text);
        return NamesStatesWithin(stripped) ? (text[..TextEnd(text)], true) : (stripped, false);
    }

    private static bool NamesStatesWithin(string text)
    {
        for (var close = text.IndexOf(')', StringComparison.Ordinal); close >= 0; close = text.IndexOf(')', close + 1))
        {
            if (Opening(text, close) is { } open && IsStates(text[(open + 1)..close]))
            {
                return true;
            }
        }

        return false;
    }

    public static string Strip(string text)
    {
        var end = TextEnd(text);
        while (end > 0 && text[end - 1] == ')' && Opening(text, end - 1) is { } open && IsStates(text[(open + 1)..(end - 1)]))
        {
            end = TextEnd(text[..open]);
        }

        return end == TextEnd(text) ? text : text[..end];
    }

    private static int TextEnd(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ';' or ','))
        {
            end--;
        }

        return end;
    }

    private static int? Opening(string text, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            depth += text[i] switch { ')' => 1, '(' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsStates(string content)
    {
        var names = content.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Length > 0 && names.All(n => UnStates.Resolve(n).Kind == StateResolutionKind.State);
    }
}
