using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UprSite.Import.Tables;
using UprSite.Import.Tests.Support;

namespace UprSite.Import.Tests.Tables;

public sealed class WordDocumentSnifferTests
{
    [Fact]
    public void The_real_matrix_is_a_docx_whatever_its_name()
    {
        Assert.Equal(WordDocumentKind.Docx, WordDocumentSniffer.Detect(File.ReadAllBytes(RepoPaths.ChinaMatrix)));
    }

    [Fact]
    public void A_truncated_docx_is_still_recognised_as_one()
    {
        var bytes = File.ReadAllBytes(RepoPaths.ChinaMatrix);
        Assert.Equal(WordDocumentKind.Docx, WordDocumentSniffer.Detect(bytes.AsSpan(0, bytes.Length / 3)));
    }

    [Fact]
    public void A_docx_made_here_is_a_docx()
    {
        Assert.Equal(WordDocumentKind.Docx, WordDocumentSniffer.Detect(Docx.WithTable(Docx.Row("a", "b"))));
    }

    [Fact]
    public void A_compound_file_with_a_WordDocument_stream_is_a_Word_97_document()
    {
        Assert.Equal(WordDocumentKind.Doc, WordDocumentSniffer.Detect(Ole2.WithStream("WordDocument")));
    }

    [Fact]
    public void Other_compound_files_are_not_Word_documents()
    {
        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect(Ole2.WithStream("Workbook")));
        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect(Ole2.WithStream("WordDocumentX")));
        var realXls = Path.Combine(RepoPaths.SharedData, "upr-info-2015-xls", "6-9.xls");
        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect(File.ReadAllBytes(realXls)));
    }

    [Fact]
    public void Workbooks_and_text_are_not_Word_documents()
    {
        var realXlsx = Path.Combine(RepoPaths.SharedData, "dihr-sdg-explorer", "upr1.xlsx");
        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect(File.ReadAllBytes(realXlsx)));
        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect(Workbook()));
        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect("Recommendation,Position\n"u8));
        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect([]));
        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect("PK\u0003\u0004"u8));
    }

    [Fact]
    public void A_workbook_carrying_an_embedded_Word_file_is_not_a_Word_document()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var embedded = zip.CreateEntry("xl/embeddings/report.docx", CompressionLevel.NoCompression).Open();
            embedded.Write(Docx.WithTable(Docx.Row("a")));
        }

        Assert.Equal(WordDocumentKind.None, WordDocumentSniffer.Detect(stream.ToArray()));
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var part = workbook.AddWorkbookPart();
            part.Workbook = new Workbook(new Sheets());
            part.Workbook.Save();
        }

        return stream.ToArray();
    }
}
