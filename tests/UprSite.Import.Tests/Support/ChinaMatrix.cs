using UprSite.Core.Diagnostics;
using UprSite.Import.Layouts.OhchrMatrix;

namespace UprSite.Import.Tests.Support;

/// <summary>The real OHCHR matrix of China's second review, read once for every test that asks about it.</summary>
public static class ChinaMatrix
{
    private static readonly Lazy<(MatrixDocument? Document, DiagnosticList Diagnostics)> Reading = new(() =>
    {
        var diagnostics = new DiagnosticList();
        var document = OhchrMatrixReader.Read(File.ReadAllBytes(RepoPaths.ChinaMatrix), "china-cycle2-2013.docx", diagnostics);
        return (document, diagnostics);
    });

    public static MatrixDocument Document => Reading.Value.Document ?? throw new InvalidOperationException(
        "the matrix was not read: " + string.Join("; ", Diagnostics.Items));

    public static DiagnosticList Diagnostics => Reading.Value.Diagnostics;

    public static MatrixRecommendation Paragraph(string number) => Document.Recommendations.Single(r => r.Paragraph == number);
}
