using System.IO.Compression;
using System.Text;
using UprSite.Import.Tables;

namespace UprSite.Import.Tests.Tables;

/// <summary>Small workbooks written inside the test: the worksheet forms other spreadsheet programs write.</summary>
public sealed class XlsxTableReaderTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Shared_inline_rich_and_numeric_cells_are_read_with_entities_decoded()
    {
        var strings = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sst xmlns="{Main}"><si><t>State</t></si><si><t xml:space="preserve"> Text </t></si>
            <si><r><rPr><b/></rPr><t>Côte </t></r><r><t>d&apos;Ivoire</t></r><rPh><t>PHONETIC</t></rPh></si>
            <si><t><![CDATA[a < b & c]]></t></si></sst>
            """;
        var sheet = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="{Main}"><!-- a comment --><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2" t="inlineStr"><is><t>Fish &amp; chips &#233;&#x41;</t></is></c></row>
            <row r="3"/>
            <row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4"><f>1+17</f><v>18</v></c><c r="C4" t="b"><v>1</v></c><c r="D4"/></row>
            </sheetData></worksheet>
            """;

        var table = XlsxTableReader.Read(Workbook(strings, sheet), out var problem);

        Assert.Null(problem);
        Assert.Equal(["State", "Text"], table!.Rows[0].Cells);
        Assert.Equal([1, 2, 4], table.Rows.Select(r => r.Line));
        Assert.Equal(["Côte d'Ivoire", "", "Fish & chips éA"], table.Rows[1].Cells);
        Assert.Equal(["a < b & c", "18", "true", ""], table.Rows[2].Cells);
    }

    [Fact]
    public void Prefixed_element_names_and_cells_without_references_are_read()
    {
        var sheet = $"""
            <x:worksheet xmlns:x="{Main}"><x:sheetData>
            <x:row><x:c t="inlineStr"><x:is><x:t>one</x:t></x:is></x:c><x:c t='inlineStr'><x:is><x:t>two</x:t></x:is></x:c></x:row>
            <x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2.5</x:v></x:c></x:row>
            </x:sheetData></x:worksheet>
            """;

        var table = XlsxTableReader.Read(Workbook(null, sheet), out _);

        Assert.Equal([["one", "two"], ["1", "2.5"]], table!.Rows.Select(r => r.Cells));
    }

    [Fact]
    public void A_worksheet_with_a_broken_tag_is_reported_not_thrown()
    {
        var table = XlsxTableReader.Read(Workbook(null, $"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1"), out var problem);

        Assert.Null(table);
        Assert.Contains("this file is damaged or is not an .xlsx workbook", problem);
    }

    private static byte[] Workbook(string? sharedStrings, string sheet)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId7"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>""");
            Add(zip, "xl/worksheets/data.xml", sheet);
            if (sharedStrings is not null)
            {
                Add(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        }

        return memory.ToArray();
    }

    private static void Add(ZipArchive zip, string path, string text)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
