namespace UprSite.Cli.Tests;

/// <summary>The repository root (where UprSite.sln is), found from the test binary, for the real theme/.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Theme => System.IO.Path.Combine(Path, "theme");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "UprSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UprSite.sln not found above " + AppContext.BaseDirectory);
    }
}
