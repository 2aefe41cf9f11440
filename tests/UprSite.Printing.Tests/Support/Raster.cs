using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace UprSite.Printing.Tests.Support;

/// <summary>A rendered page (RGB, 8 bits a channel), to find and read the QR code printed on it.</summary>
public sealed class Raster(int width, int height, byte[] rgb)
{
    public int Width => width;

    public int Height => height;

    /// <summary>Reads pdftoppm's default output, a binary PPM (P6, maximum value 255).</summary>
    public static Raster FromPpm(byte[] ppm)
    {
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)ppm[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)ppm[at]))
            {
                at++;
            }

            return Encoding.ASCII.GetString(ppm, start, at - start);
        }

        Assert.Equal("P6", Token());
        var (w, h, max) = (int.Parse(Token()), int.Parse(Token()), int.Parse(Token()));
        Assert.Equal(255, max);
        return new Raster(w, h, ppm.AsSpan(at + 1, w * h * 3).ToArray());
    }

    /// <summary>The text of the QR code on the page, or null when none can be read.</summary>
    public string? ReadQrCode()
    {
        var source = new RGBLuminanceSource(rgb, width, height, RGBLuminanceSource.BitmapFormat.RGB24);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints)?.Text;
    }

    /// <summary>
    /// The box (pixels) around every pure black pixel: the QR code's modules are #000 with crisp edges, while text
    /// is #111 and anti-aliased, so the box is the QR code's, from finder pattern to finder pattern.
    /// </summary>
    public (int Width, int Height)? BlackBox()
    {
        var (left, top, right, bottom) = (int.MaxValue, int.MaxValue, -1, -1);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 3;
                if (rgb[i] == 0 && rgb[i + 1] == 0 && rgb[i + 2] == 0)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                }
            }
        }

        return right < 0 ? null : (right - left + 1, bottom - top + 1);
    }
}
