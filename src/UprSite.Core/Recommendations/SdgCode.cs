using System.Globalization;

namespace UprSite.Core.Recommendations;

/// <summary>Sustainable Development Goals and targets as exports write them: a goal 1–17, or a target such as 16.10 or 16.a.</summary>
public static class SdgCode
{
    /// <summary>The goal or target in its plain form ("16", "16.10", "16.a"); null when it is not one.</summary>
    public static string? Normalise(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (value.StartsWith("goal", StringComparison.Ordinal))
        {
            value = value[4..].Trim();
        }

        var parts = value.Split('.');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var goal) || goal is < 1 or > 17)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return goal.ToString(CultureInfo.InvariantCulture);
        }

        var target = parts[1];
        var valid = target.Length is 1 or 2 && (target.All(char.IsAsciiDigit) || (target.Length == 1 && char.IsAsciiLetterLower(target[0])));
        return valid ? $"{goal.ToString(CultureInfo.InvariantCulture)}.{target}" : null;
    }
}
