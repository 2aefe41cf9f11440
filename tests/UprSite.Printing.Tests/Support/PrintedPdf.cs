using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using UprSite.Build.Tests.Support;

namespace UprSite.Printing.Tests.Support;

/// <summary>
/// A printed PDF read the way a reader's tools see it (poppler-utils): the lines of text on each page with their
/// boxes (pdftotext -bbox-layout), the size of every run of text (pdftohtml -xml), and pages rendered to pixels
/// (pdftoppm). Sizes are in PDF points (1/72 in).
/// </summary>
public sealed partial class PrintedPdf
{
    public const double PointsPerMm = 72 / 25.4;

    private PrintedPdf(string path, IReadOnlyList<PrintedPage> pages) => (Path, Pages) = (path, pages);

    public string Path { get; }

    public IReadOnlyList<PrintedPage> Pages { get; }

    public static PrintedPdf Read(string path)
    {
        var document = Xml(Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", path, "-"));
        var pages = document.Descendants().Where(e => e.Name.LocalName == "page").Select((page, i) => new PrintedPage(
            i + 1,
            Number(page, "width"),
            Number(page, "height"),
            page.Descendants().Where(e => e.Name.LocalName == "line").Select(line => new TextLine(
                Number(line, "yMin"), Number(line, "yMax"),
                string.Join(' ', line.Elements().Where(w => w.Name.LocalName == "word").Select(w => w.Value)))).ToList())).ToList();
        return new PrintedPdf(path, pages);
    }

    /// <summary>Every run of text with its page, its top (points) and its font size (points, to a third: pdftohtml rounds).</summary>
    public IReadOnlyList<TextRun> Runs()
    {
        // -zoom 3 (its largest) gives sizes and positions in thirds of a point, rounded to whole thirds.
        var document = Xml(Run("pdftohtml", "-xml", "-i", "-q", "-zoom", "3", "-stdout", Path));
        var runs = new List<TextRun>();
        // A font is declared on the first page that uses it; later pages refer to it by its id.
        var sizes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var page in document.Root!.Elements("page"))
        {
            var number = int.Parse(page.Attribute("number")!.Value, CultureInfo.InvariantCulture);
            foreach (var font in page.Elements("fontspec"))
            {
                sizes[font.Attribute("id")!.Value] = Number(font, "size") / 3;
            }

            runs.AddRange(page.Elements("text").Select(t => new TextRun(number, Number(t, "top") / 3, sizes[t.Attribute("font")!.Value], t.Value)));
        }

        return runs;
    }

    /// <summary>The text of one page, as pdftotext gives it.</summary>
    public string TextOf(int page) => Run("pdftotext", "-f", $"{page}", "-l", $"{page}", "-enc", "UTF-8", Path, "-");

    /// <summary>The top <paramref name="heightMm"/> of a page rendered at 10 pixels a millimetre (254 dpi).</summary>
    public Raster RenderTop(int page, double heightMm)
    {
        var height = (int)Math.Ceiling(heightMm * 10);
        var bytes = RunBytes("pdftoppm", "-r", "254", "-f", $"{page}", "-l", $"{page}", "-x", "0", "-y", "0", "-W", "5000", "-H", $"{height}", Path);
        return Raster.FromPpm(bytes);
    }

    /// <summary>The page margins print.css gives the named page <paramref name="name"/> (top and bottom, in points).</summary>
    public static (double Top, double Bottom) PageMargins(string name)
    {
        var css = File.ReadAllText(System.IO.Path.Combine(RepoPaths.Theme, "assets/css/print.css"));
        var match = Regex.Match(css, $@"@page {name} \{{[^}}]*?margin: (?<top>[\d.]+)mm [\d.]+mm (?<bottom>[\d.]+)mm;");
        Assert.True(match.Success, $"print.css has no '@page {name} {{ … margin: Tmm Smm Bmm; }}' rule");
        return (double.Parse(match.Groups["top"].Value, CultureInfo.InvariantCulture) * PointsPerMm,
            double.Parse(match.Groups["bottom"].Value, CultureInfo.InvariantCulture) * PointsPerMm);
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static XDocument Xml(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static string Run(string tool, params string[] args) => Encoding.UTF8.GetString(RunBytes(tool, args));

    private static byte[] RunBytes(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        using var output = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.ToArray()
            : throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed (apt-get install -y poppler-utils): {error.Result}");
    }
}
