using System.Buffers.Binary;

namespace UprSite.Import.Tables;

/// <summary>
/// Tells from a file's bytes alone whether it is a Word document, so that a matrix saved as <c>.doc</c> or renamed
/// <c>.xlsx</c> is named for what it is. Reads only zip entry names and OLE2 directory entries: never throws, whatever
/// the bytes, and a truncated file is still recognised.
/// </summary>
public static class WordDocumentSniffer
{
    private const int OleDirectoryEntrySize = 128;
    private const int OleHeaderSize = 512;
    private const int OleNameLengthOffset = 64;
    private const int OleEntryTypeOffset = 66;
    private const byte OleStreamEntry = 2;

    private static ReadOnlySpan<byte> Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> LocalHeader => "PK\u0003\u0004"u8;

    private static ReadOnlySpan<byte> CentralHeader => "PK\u0001\u0002"u8;

    private static ReadOnlySpan<byte> EndOfCentralDirectory => "PK\u0005\u0006"u8;

    private static ReadOnlySpan<byte> WordFolder => "word/"u8;

    /// <summary>The UTF-16LE name of the stream every Word 97–2003 document has, with its terminating NUL.</summary>
    private static ReadOnlySpan<byte> WordDocumentStream =>
        "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0\0\0"u8;

    public static WordDocumentKind Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(LocalHeader))
        {
            return HasWordEntry(bytes) ? WordDocumentKind.Docx : WordDocumentKind.None;
        }

        return bytes.StartsWith(Ole2) && HasWordDocumentStream(bytes) ? WordDocumentKind.Doc : WordDocumentKind.None;
    }

    /// <summary>
    /// An entry whose name starts with <c>word/</c> (xlsx has xl/, pptx ppt/): read from the central directory when the
    /// end record points to one, so that a Word file embedded in a workbook does not count; in a truncated zip, from
    /// any entry header left.
    /// </summary>
    private static bool HasWordEntry(ReadOnlySpan<byte> bytes) =>
        CentralDirectoryHasWordEntry(bytes)
        ?? (HasEntryUnder(bytes, LocalHeader, nameLengthAt: 26, nameAt: 30)
            || HasEntryUnder(bytes, CentralHeader, nameLengthAt: 28, nameAt: 46));

    /// <summary>Null when the zip has no readable end record and central directory.</summary>
    private static bool? CentralDirectoryHasWordEntry(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.LastIndexOf(EndOfCentralDirectory);
        if (end < 0 || end + 22 > bytes.Length)
        {
            return null;
        }

        var entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(end + 10, 2));
        var at = (long)BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(end + 16, 4));
        for (var i = 0; i < entries; i++)
        {
            if (at + 46 > end || !bytes.Slice((int)at, 4).SequenceEqual(CentralHeader))
            {
                return null;
            }

            var entry = bytes[(int)at..];
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(28, 2));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(30, 2));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(32, 2));
            if (at + 46 + nameLength > end)
            {
                return null;
            }

            if (entry.Slice(46, nameLength).StartsWith(WordFolder))
            {
                return true;
            }

            at += 46 + nameLength + extraLength + commentLength;
        }

        return false;
    }

    private static bool HasEntryUnder(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> signature, int nameLengthAt, int nameAt)
    {
        var from = 0;
        while (from < bytes.Length)
        {
            var found = bytes[from..].IndexOf(signature);
            if (found < 0)
            {
                return false;
            }

            var at = from + found;
            if (at + nameAt <= bytes.Length)
            {
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(at + nameLengthAt, 2));
                var name = bytes.Slice(at + nameAt, Math.Min(nameLength, bytes.Length - at - nameAt));
                if (name.StartsWith(WordFolder))
                {
                    return true;
                }
            }

            from = at + signature.Length;
        }

        return false;
    }

    /// <summary>
    /// Directory entries are 128-byte records inside sectors of 512 or 4096 bytes, so each starts at a multiple of 128
    /// after the header: looking at every such offset finds the entry without following the sector chains.
    /// </summary>
    private static bool HasWordDocumentStream(ReadOnlySpan<byte> bytes)
    {
        for (var at = OleHeaderSize; at + OleDirectoryEntrySize <= bytes.Length; at += OleDirectoryEntrySize)
        {
            var entry = bytes.Slice(at, OleDirectoryEntrySize);
            if (entry.StartsWith(WordDocumentStream)
                && BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(OleNameLengthOffset, 2)) == WordDocumentStream.Length
                && entry[OleEntryTypeOffset] == OleStreamEntry)
            {
                return true;
            }
        }

        return false;
    }
}
