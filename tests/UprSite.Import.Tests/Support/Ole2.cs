using System.Buffers.Binary;
using System.Text;

namespace UprSite.Import.Tests.Support;

/// <summary>
/// A minimal OLE2 compound file (512-byte sectors: header, one FAT sector, one directory sector) whose directory holds
/// a root entry and one stream of the given name: "WordDocument" for a Word 97 .doc, "Workbook" for an .xls.
/// </summary>
public static class Ole2
{
    public static byte[] WithStream(string streamName)
    {
        var bytes = new byte[512 * 3];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        var header = bytes.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x4C..], 0);
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (4 * i))..], 0xFFFFFFFF);
        }

        var fat = bytes.AsSpan(512, 512);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], 0xFFFFFFFE);

        WriteEntry(bytes.AsSpan(1024, 128), "Root Entry", type: 5);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1024 + 76), 1);
        WriteEntry(bytes.AsSpan(1024 + 128, 128), streamName, type: 2);
        return bytes;
    }

    private static void WriteEntry(Span<byte> entry, string name, byte type)
    {
        var encoded = Encoding.Unicode.GetBytes(name + "\0");
        encoded.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)encoded.Length);
        entry[66] = type;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], 0xFFFFFFFE);
    }
}
