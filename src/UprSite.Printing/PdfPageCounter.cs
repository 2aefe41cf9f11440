using System.Text;
using System.Text.RegularExpressions;

namespace UprSite.Printing;

/// <summary>
/// Counts the pages of a PDF by its page objects (<c>/Type /Page</c>, not <c>/Pages</c>). Chromium writes page
/// dictionaries uncompressed, so no PDF library is needed; the tests check the count against pdfinfo.
/// </summary>
public static partial class PdfPageCounter
{
    public static int Count(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
