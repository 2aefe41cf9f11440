namespace UprSite.Browser.Tests.Support;

/// <summary>Folders of the repository, found from the test binary.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    /// <summary>The many-country sample (samples/README.md).</summary>
    public static string NetworkSample => Path.Combine(Root, "samples", "network");

    public static string Theme => Path.Combine(Root, "theme");

    public static string NetlifyToml => Path.Combine(Root, "netlify.toml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UprSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UprSite.sln not found above " + AppContext.BaseDirectory);
    }
}
