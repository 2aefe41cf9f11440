using System.Text.RegularExpressions;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// A theme as a matrix names it: with its Universal Human Rights Index code when the matrix gives one
/// ("A12 Acceptance of international norms"), else the name alone.
/// </summary>
public sealed partial record MatrixTheme(string? Code, string Name)
{
    /// <summary>Reads "A12 Acceptance of international norms", "D51 - Administration of justice", "- Women's rights".</summary>
    public static MatrixTheme Parse(string text)
    {
        var line = text.Trim().TrimStart('-', '–', '•', ' ').Trim();
        var match = CodeAndName().Match(line);
        return match.Success
            ? new MatrixTheme(match.Groups["code"].Value, match.Groups["name"].Value.Trim())
            : new MatrixTheme(null, line);
    }

    public override string ToString() => Code is null ? Name : $"{Code} {Name}";

    [GeneratedRegex(@"^(?<code>[A-Z][0-9]{1,3})(?![0-9A-Za-z])\s*[-–:.]?\s*(?<name>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeAndName();
}
