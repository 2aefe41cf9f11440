using System.Text.RegularExpressions;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// Where the State under Review gave its position: "Source of position: A/HRC/25/5/Add.1 - Para. 2" is the document
/// <c>A/HRC/25/5/Add.1</c> at <c>Para. 2</c>.
/// </summary>
/// <param name="Document">The UN document symbol; null when the line names none.</param>
/// <param name="Where">The place in it (a paragraph, a page), or the whole line when it names no symbol.</param>
public sealed partial record PositionSource(string? Document, string Where)
{
    /// <summary>Reads the text after "Source of position:".</summary>
    public static PositionSource Parse(string text)
    {
        var value = text.Trim().TrimEnd('.', ';', ' ');
        var match = Symbol().Match(value);
        if (!match.Success)
        {
            return new PositionSource(null, value);
        }

        var where = value[match.Length..].TrimStart(' ', '-', '–', ',', ':').Trim();
        return new PositionSource(match.Groups["symbol"].Value.TrimEnd('.'), where);
    }

    [GeneratedRegex(@"^(?<symbol>[A-Z]{1,10}(?:/[A-Za-z0-9.]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();
}
