namespace UprSite.Import.Tables;

/// <summary>What <see cref="XmlTokenScanner"/> found: an element's start or end, text (or CDATA), or the end of input.</summary>
public enum XmlTokenKind
{
    End,
    StartElement,
    EndElement,
    Text,
}
