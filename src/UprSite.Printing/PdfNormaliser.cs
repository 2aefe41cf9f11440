using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace UprSite.Printing;

/// <summary>
/// Makes a Chromium PDF the same from print to print: the creation and modification dates become the factsheet's
/// date (or 2000-01-01), and the structure-tree ids Chromium takes from its DOM node counter are renumbered in order
/// of appearance. Every replacement keeps its length, so the cross-reference offsets stay right.
/// </summary>
public static partial class PdfNormaliser
{
    public static byte[] Normalise(byte[] pdf, DateOnly? date)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = (date ?? new DateOnly(2000, 1, 1)).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000+00'00'";
        text = DateEntry().Replace(text, m =>
        {
            var entry = $"{m.Groups[1].Value} (D:{stamp})";
            return entry.Length == m.Value.Length ? entry : m.Value;
        });
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        text = NodeId().Replace(text, m =>
        {
            var digits = m.Groups[1].Value;
            if (!ids.TryGetValue(digits, out var renumbered))
            {
                renumbered = (ids.Count + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits.Length, '0');
                ids[digits] = renumbered.Length == digits.Length ? renumbered : digits;
            }

            return "(node" + ids[digits] + ")";
        });
        return Encoding.Latin1.GetBytes(text);
    }

    [GeneratedRegex(@"(/CreationDate|/ModDate) \(D:\d{14}[+\-Z][^)]*\)")]
    private static partial Regex DateEntry();

    [GeneratedRegex(@"\(node(\d+)\)")]
    private static partial Regex NodeId();
}
