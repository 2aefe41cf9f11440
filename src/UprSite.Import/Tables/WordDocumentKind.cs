namespace UprSite.Import.Tables;

/// <summary>What <see cref="WordDocumentSniffer"/> found a file's bytes to hold.</summary>
public enum WordDocumentKind
{
    /// <summary>Not a Word document.</summary>
    None,

    /// <summary>An Office Open XML word-processing document (a zip with a word/ folder), whatever the file is called.</summary>
    Docx,

    /// <summary>A binary Word 97–2003 document (an OLE2 compound file with a WordDocument stream).</summary>
    Doc,
}
