using System.Text;
using UprSite.Import.Tables;

namespace UprSite.Import.Tests.Tables;

public sealed class TextDecoderTests
{
    [Fact]
    public void Bytes_that_are_not_UTF8_are_read_as_Mac_Roman()
    {
        byte[] bytes = [.. "Guaran"u8, 0x92, (byte)' ', .. "Gon"u8, 0x8D, .. "alves"u8];

        Assert.Equal("Guaraní Gonçalves", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void UTF8_is_read_as_UTF8_with_or_without_a_byte_order_mark()
    {
        var text = "Côte d'Ivoire, កម្ពុជា";

        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(text, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]));
    }
}
