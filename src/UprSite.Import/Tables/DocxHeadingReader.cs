using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprSite.Import.Tables;

/// <summary>
/// The text a Word document prints around its tables: each paragraph of its page headers and of its body before the
/// first table, as lines. OHCHR matrices name their review there ("UPR of Slovenia (2nd Cycle – 20th session)").
/// Called after <see cref="DocxTableReader"/> has read the document, so a damaged one gives no lines, never an error.
/// </summary>
public static class DocxHeadingReader
{
    private const int MaxLines = 200;

    public static IReadOnlyList<string> Lines(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.MainDocumentPart is not { } main)
            {
                return [];
            }

            var headers = main.HeaderParts.SelectMany(h => h.Header?.Descendants<Paragraph>() ?? []);
            var before = main.Document?.Body?.ChildElements.TakeWhile(e => e is not Table).OfType<Paragraph>() ?? [];
            return headers.Concat(before)
                .Select(p => string.Join(' ', string.Concat(p.Descendants<Text>().Select(t => t.Text))
                    .Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries)))
                .Where(line => line.Length > 0)
                .Take(MaxLines)
                .ToList();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                       or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return [];
        }
    }
}
