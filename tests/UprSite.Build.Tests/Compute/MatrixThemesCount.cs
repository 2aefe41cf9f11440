using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace UprSite.Build.Tests.Compute;

/// <summary>
/// What each paragraph of a generation-1 OHCHR matrix says about themes, read without the code under test (the
/// document's XML through System.IO.Compression and XDocument): the "Theme: …" row above it (its cluster) and the lines
/// of its third cell ("Full list of themes") before "Affected persons:".
/// </summary>
public static partial class MatrixThemesCount
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public sealed record Paragraph(string Cluster, IReadOnlyList<string> Themes);

    public static IReadOnlyDictionary<string, Paragraph> Of(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var paragraphs = new Dictionary<string, Paragraph>(StringComparer.Ordinal);
        string? cluster = null;
        foreach (var row in XDocument.Load(stream).Descendants(W + "tr"))
        {
            var cells = row.Elements(W + "tc")
                .Select(c => c.Elements(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)).Trim()).Where(t => t.Length > 0).ToList())
                .ToList();
            var first = cells[0].FirstOrDefault() ?? string.Empty;
            if (first.StartsWith("Theme:", StringComparison.Ordinal))
            {
                cluster = first["Theme:".Length..].Trim();
            }
            else if (ParagraphNumber().Match(first) is { Success: true } number && cluster is not null)
            {
                var themes = cells[2].TakeWhile(l => !l.StartsWith("Affected persons", StringComparison.OrdinalIgnoreCase)).ToList();
                paragraphs.TryAdd(number.Value, new Paragraph(cluster, themes));
            }
        }

        return paragraphs;
    }

    [GeneratedRegex(@"^[0-9]{1,3}\.[0-9]{1,3}")]
    private static partial Regex ParagraphNumber();
}
