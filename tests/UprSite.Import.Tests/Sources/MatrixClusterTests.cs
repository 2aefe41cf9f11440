using System.IO.Compression;
using System.Xml.Linq;
using UprSite.Core.Model;
using UprSite.Import.Tests.Support;
using static UprSite.Import.Tests.Support.Docx;

namespace UprSite.Import.Tests.Sources;

/// <summary>
/// A generation-1 matrix's "Theme: …" rows are the clusters the source files its paragraphs under; each row keeps its
/// cluster (Recommendation.Cluster) apart from its "Full list of themes", so the output matrix can group as the source did.
/// </summary>
public sealed class MatrixClusterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void Each_China_row_keeps_the_theme_row_above_its_paragraph_and_the_matrix_has_51()
    {
        var oracle = ClustersInXml(RepoPaths.ChinaMatrix);
        var (file, diagnostics) = RealExports.ReadFor(RealExports.CountryNamed("cn", "China"),
            RealExports.File("china-cycle2-2013.docx", File.ReadAllBytes(RepoPaths.ChinaMatrix)));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(252, oracle.Count);
        Assert.Equal(51, oracle.Values.Distinct().Count());
        Assert.Equal(285, file.Rows.Count);
        Assert.All(file.Rows, r => Assert.Equal(oracle[r.Paragraph!], r.Cluster));
        Assert.Equal(oracle.Values.Distinct().Order(StringComparer.Ordinal), file.Rows.Select(r => r.Cluster!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("A12 Acceptance of international norms", file.Rows.Single(r => r.Paragraph == "186.28").Cluster);
    }

    [Fact]
    public void The_canonical_CSV_that_import_writes_keeps_each_rows_cluster()
    {
        var (file, _) = RealExports.ReadFor(RealExports.CountryNamed("cn", "China"),
            RealExports.File("china-cycle2-2013.docx", File.ReadAllBytes(RepoPaths.ChinaMatrix)));

        var (back, diagnostics) = RealExports.ReadAll(RealExports.File("rows.csv", UprSite.Import.Layouts.Canonical.CanonicalCsvWriter.Write(file.Rows, file.Pledges)));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(file.Rows.Select(r => (r.Paragraph, r.RecommendingState, r.Cluster)), back.Rows.Select(r => (r.Paragraph, r.RecommendingState, r.Cluster)));
        Assert.Equal(51, back.Rows.Select(r => r.Cluster).Distinct().Count());
    }

    [Fact]
    public void The_cluster_is_the_theme_row_even_when_the_list_of_themes_opens_with_another()
    {
        var matrix = WithTable(
            Row("Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"),
            Spanning("Theme: F12 Discrimination against women", 4),
            Row("9.1. Ratify the Convention (Chile)\nSource of position: A/HRC/25/5/Add.1", "Supported", "A12 Acceptance of international norms\nF12 Discrimination against women", string.Empty),
            Row("9.2. Adopt a law against violence (Chile)\nSource of position: A/HRC/25/5/Add.1", "Noted", string.Empty, string.Empty));
        var country = RealExports.CountryNamed("kh", "Cambodia") with
        {
            Reviews = [new Review(2, 17, null, [], "A/HRC/25/5", null, null)],
        };

        var (file, diagnostics) = RealExports.ReadFor(country, RealExports.File("matrix.docx", matrix));

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.Equal(["F12 Discrimination against women", "F12 Discrimination against women"], file.Rows.Select(r => r.Cluster));
        Assert.Equal(["A12 Acceptance of international norms", "F12 Discrimination against women"], file.Rows[0].Themes);
    }

    /// <summary>
    /// Paragraph number → the text after "Theme: " of the last one-cell row above it, read from the document's XML
    /// with no Open XML library: each w:tr's cells, each cell's w:p texts.
    /// </summary>
    private static Dictionary<string, string> ClustersInXml(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var clusters = new Dictionary<string, string>(StringComparer.Ordinal);
        string? cluster = null;
        foreach (var row in XDocument.Load(stream).Descendants(W + "tr"))
        {
            var first = row.Elements(W + "tc").First().Elements(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)).Trim()).First(t => t.Length > 0);
            if (first.StartsWith("Theme:", StringComparison.Ordinal))
            {
                cluster = first["Theme:".Length..].Trim();
            }
            else if (cluster is not null)
            {
                clusters.Add(System.Text.RegularExpressions.Regex.Match(first, @"^[0-9]+\.[0-9]+").Value, cluster);
            }
        }

        return clusters;
    }
}
