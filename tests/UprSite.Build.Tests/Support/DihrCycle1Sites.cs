using UprSite.Build.Pipeline;

namespace UprSite.Build.Tests.Support;

/// <summary>
/// The Netherlands and Bhutan from DIHR's cycle-1 export (a site each: a site of two countries also makes the
/// site-wide pages, which takes longer than a second build), then a site of the two made of the .docx matrices they
/// wrote, and one of the .xlsx matrices.
/// </summary>
public sealed class DihrCycle1Sites : IDisposable
{
    private const string Netherlands = "names: {en: Netherlands}\nreviews:\n  - {cycle: 1, session: 1, date: 2008-04-15, documents: {report: A/HRC/8/31}}\n";
    private const string Bhutan = "names: {en: Bhutan}\nreviews:\n  - {cycle: 1, session: 6, date: 2009-12-04, documents: {report: A/HRC/13/11}}\n";

    private static readonly (string Code, string Yml)[] Countries = [("nl", Netherlands), ("bt", Bhutan)];

    private readonly Dictionary<string, RealExportCountry> _dihr;

    public DihrCycle1Sites()
    {
        _dihr = Countries.ToDictionary(c => c.Code, c => RealExportCountry.Build(c.Code, c.Yml, RealExports.DihrCycle1, "upr1.xlsx"), StringComparer.Ordinal);
        FromDocx = Matrices("docx");
        FromXlsx = Matrices("xlsx");
    }

    public BuildResult FromDocx { get; }

    public BuildResult FromXlsx { get; }

    /// <summary>The country's site built from DIHR's export.</summary>
    public RealExportCountry Dihr(string code) => _dihr[code];

    public void Dispose()
    {
        foreach (var site in _dihr.Values)
        {
            site.Dispose();
        }
    }

    private BuildResult Matrices(string format)
    {
        using var site = new TestSite(withCountry: false);
        foreach (var (code, yml) in Countries)
        {
            site.Write($"countries/{code}/country.yml", yml);
            site.WriteBytes($"countries/{code}/recommendations/matrix.{format}", _dihr[code].File($"data/{code}/matrix-cycle1.{format}"));
        }

        return site.Build(write: false);
    }
}
