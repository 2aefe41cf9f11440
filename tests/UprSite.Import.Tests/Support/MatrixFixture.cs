using DocumentFormat.OpenXml.Wordprocessing;
using UprSite.Core.Diagnostics;
using UprSite.Import.Layouts.OhchrMatrix;

namespace UprSite.Import.Tests.Support;

/// <summary>Reads a matrix built in a test, keeping its diagnostics.</summary>
public sealed class MatrixFixture
{
    private MatrixFixture(MatrixDocument? document, DiagnosticList diagnostics)
    {
        Document = document;
        Diagnostics = diagnostics;
    }

    public MatrixDocument? Document { get; }

    public DiagnosticList Diagnostics { get; }

    public MatrixDocument Read => Document ?? throw new InvalidOperationException(string.Join("; ", Diagnostics.Items));

    public IReadOnlyList<MatrixRecommendation> Recommendations => Read.Recommendations;

    public MatrixRecommendation Paragraph(string number) => Recommendations.Single(r => r.Paragraph == number);

    /// <summary>The diagnostics other than the closing UPR0527 summary.</summary>
    public IReadOnlyList<Diagnostic> Problems => Diagnostics.Items.Where(d => d.Code != DiagnosticCodes.MatrixRead.Id).ToList();

    public static MatrixFixture Of(params TableRow[] rows) => OfBytes(Docx.WithTable(rows));

    public static MatrixFixture OfBytes(byte[] bytes)
    {
        var diagnostics = new DiagnosticList();
        return new MatrixFixture(OhchrMatrixReader.Read(bytes, "matrix.docx", diagnostics), diagnostics);
    }
}
