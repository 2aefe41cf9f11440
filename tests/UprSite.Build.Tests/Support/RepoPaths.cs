namespace UprSite.Build.Tests.Support;

/// <summary>Folders of the repository and of the shared real data beside it (../shared/data), found from the test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>../shared/data: real UPR exports, never copied into the project.</summary>
    public static string SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"the real UPR exports are expected in {path} (clone the project beside shared/)");
        }
    }

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
