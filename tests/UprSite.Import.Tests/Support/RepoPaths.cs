namespace UprSite.Import.Tests.Support;

/// <summary>The repository root and the shared real data beside it (../shared/data), found from the test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/data: real UPR documents, never copied into the project.</summary>
    public static string SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"the real UPR documents are expected in {path} (clone the project beside shared/)");
        }
    }

    public static string ChinaMatrix => Path.Combine(SharedData, "ohchr-matrix", "china-cycle2-2013.docx");

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
