using System.Text;
using System.Text.Json;
using UprSite.Build.Pipeline;

namespace UprSite.Build.Tests.Support;

/// <summary>A site of one State under Review fed one real export, built in memory: its result and what it wrote.</summary>
public sealed class RealExportCountry : IDisposable
{
    private readonly TestSite _site;
    private readonly JsonDocument _statistics;

    private RealExportCountry(TestSite site, BuildResult result, string code)
    {
        _site = site;
        Result = result;
        Code = code;
        _statistics = JsonDocument.Parse(File($"data/{code}/statistics.json"));
    }

    public BuildResult Result { get; }

    public string Code { get; }

    /// <summary>Builds countries/<paramref name="code"/> from its country.yml and the export, failing the test if the build fails.</summary>
    public static RealExportCountry Build(string code, string countryYml, string export, string fileName)
    {
        var site = new TestSite(withCountry: false);
        site.Write($"countries/{code}/country.yml", countryYml);
        site.CopyInto(export, $"countries/{code}/recommendations/{fileName}");
        var result = site.Build(write: false);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new RealExportCountry(site, result, code);
    }

    /// <summary>The "rows" object of the cycle in statistics.json (what the rows on the site hold).</summary>
    public JsonElement CycleRows(int cycle) =>
        _statistics.RootElement.GetProperty("cycles").EnumerateArray()
            .Single(c => c.GetProperty("cycle").GetInt32() == cycle).GetProperty("rows");

    public byte[] File(string path) => Result.Output!.Files[path].Content;

    public string Text(string path) => Encoding.UTF8.GetString(File(path));

    public void Dispose()
    {
        _statistics.Dispose();
        _site.Dispose();
    }
}
