using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;
using UprSite.Build.Templates;

namespace UprSite.Build.Pages;

/// <summary>
/// A QR code as a small inline SVG: one path of dark modules on a white square, scaled by CSS. Inline so that it
/// prints without a request and never shows as a blank box. The SVG is the code alone, from finder pattern to finder
/// pattern, so that the size CSS gives it is the code's size; the quiet zone around it is the stylesheet's padding.
/// </summary>
public static class QrCodeSvg
{
    public static RawHtml For(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        // QRCoder's matrix includes the quiet zone: the code is where its dark modules are.
        var first = Enumerable.Range(0, size).First(i => matrix[i].Cast<bool>().Any(dark => dark));
        var last = Enumerable.Range(0, size).Last(i => matrix[i].Cast<bool>().Any(dark => dark));
        var side = last - first + 1;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!matrix[y][x])
                {
                    continue;
                }

                var run = 1;
                while (x + run < size && matrix[y][x + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }

        var title = WebUtility.HtmlEncode(label);
        return new RawHtml(
            $"<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{first} {first} {side} {side}\" role=\"img\" aria-label=\"{title}\" shape-rendering=\"crispEdges\">"
            + $"<rect x=\"{first}\" y=\"{first}\" width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
    }
}
