using UprSite.Build.Pipeline;
using UprSite.TestSupport;

namespace UprSite.Build.Tests.Support;

/// <summary>
/// A small site written inside a test: a temporary folder with input/ (a minimal site.yml unless replaced) and the
/// repository's real theme/. Files are added with <see cref="Write"/>; the folder is deleted on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string MinimalSiteYml = DataSiteFiles.SiteYml;

    public const string MinimalCountryYml = DataSiteFiles.CountryYml;

    public TestSite(bool withCountry = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "uprsite-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Input);
        Write("site.yml", MinimalSiteYml);
        if (withCountry)
        {
            Write("countries/kh/country.yml", MinimalCountryYml);
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "_site");

    /// <summary>Writes a file under input/ (path with '/' separators).</summary>
    public TestSite Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        return this;
    }

    public void Delete(string path) => File.Delete(Path.Combine(Input, path));

    public BuildOptions Options(bool write = true) => new(Input, RepoPaths.Theme, Output, null, write);

    public BuildResult Build(bool write = true) => SiteBuilder.Build(Options(write));

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
