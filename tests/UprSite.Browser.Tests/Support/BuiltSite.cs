using UprSite.Build.Pipeline;

namespace UprSite.Browser.Tests.Support;

/// <summary>A site built by the real pipeline into a temporary folder, deleted on dispose.</summary>
public sealed class BuiltSite : IDisposable
{
    private BuiltSite(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    /// <summary>The repository's sample site (input/ and theme/).</summary>
    public static BuiltSite Sample() => Build(Repo.Input);

    /// <summary>The many-country sample (samples/network/).</summary>
    public static BuiltSite Network() => Build(Repo.NetworkSample);

    /// <summary>A site whose input/ is written from <paramref name="files"/> (path → text) with the repository's theme.</summary>
    public static BuiltSite FromFiles(IReadOnlyDictionary<string, string> files)
    {
        var root = NewRoot();
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, "input", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        }

        return Build(Path.Combine(root, "input"), root);
    }

    /// <summary>A site whose input folder <paramref name="input"/> lies inside <paramref name="root"/>, built into root/_site.</summary>
    public static BuiltSite FromInput(string input, string root) => Build(input, root);

    private static BuiltSite Build(string input, string? root = null)
    {
        var site = new BuiltSite(root ?? NewRoot());
        var result = SiteBuilder.Build(new BuildOptions(input, Repo.Theme, site.Output));
        if (!result.Succeeded)
        {
            site.Dispose();
            throw new InvalidOperationException("the site does not build:\n" + string.Join('\n', result.Diagnostics));
        }

        return site;
    }

    private static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "uprsite-browser-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return root;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
