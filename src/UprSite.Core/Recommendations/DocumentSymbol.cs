using System.Text.RegularExpressions;

namespace UprSite.Core.Recommendations;

/// <summary>
/// Whether a row's document has the form of a UN document symbol of the UPR: a Working Group report or its addendum
/// (A/HRC/26/16, A/HRC/26/16/Add.1, with /Corr.1 or /Rev.1) or a Working Group document (A/HRC/WG.6/18/KHM/1).
/// </summary>
public static partial class DocumentSymbol
{
    public static bool IsUnSymbol(string document) => Pattern().IsMatch(document);

    [GeneratedRegex(@"^A/HRC/(?:[0-9]{1,2}/[0-9]{1,3}(?:/Add\.[0-9]{1,2})?|WG\.6/[0-9]{1,2}/[A-Z]{3}/[0-9]{1,2})(?:/(?:Corr|Rev)\.[0-9]{1,2})?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
