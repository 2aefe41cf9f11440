using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// The package's title and author (docProps/core.xml), written as a part of its own with a fixed id and no dates:
/// the packaging library's own properties part takes a new random name on every save.
/// </summary>
public static class CoreProperties
{
    public static void Write(CoreFilePropertiesPart part, string title)
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + $"<dc:title>{SecurityElement.Escape(MatrixText.XmlSafe(title))}</dc:title><dc:creator>UprSite</dc:creator>"
            + "</cp:coreProperties>";
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
