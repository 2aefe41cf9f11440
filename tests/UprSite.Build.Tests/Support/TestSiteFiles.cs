namespace UprSite.Build.Tests.Support;

/// <summary>Byte-exact files in a <see cref="TestSite"/>: CR-only endings, Mac Roman, copies of real exports.</summary>
public static class TestSiteFiles
{
    public static TestSite WriteBytes(this TestSite site, string path, byte[] bytes)
    {
        var full = Path.Combine(site.Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return site;
    }

    /// <summary>Copies a file (a real export from ../shared/data) into the temporary site, never into the project.</summary>
    public static TestSite CopyInto(this TestSite site, string source, string path) =>
        site.WriteBytes(path, File.ReadAllBytes(source));
}
