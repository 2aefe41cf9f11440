using UprSite.Build.Pipeline;

namespace UprSite.Cli.Tests.Preview;

/// <summary>A one-page site in a temporary folder (input/, and netlify.toml when a test writes one), for serve tests.</summary>
public sealed class PreviewTestSite : IDisposable
{
    public PreviewTestSite()
    {
        Write("site.yml", "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n");
        Write("pages/about.en.md", "---\ntitle: About\n---\nFirst text.\n");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "uprsite-serve-" + Guid.NewGuid().ToString("N")[..12]);

    public string Input => Path.Combine(Root, "input");

    public BuildOptions Options => new(Input, RepoRoot.Theme, Path.Combine(Root, "_site"));

    /// <summary>Writes a file of input/.</summary>
    public void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, true);
        }
    }
}
