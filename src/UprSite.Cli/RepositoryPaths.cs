namespace UprSite.Cli;

/// <summary>
/// Turns the paths diagnostics carry (relative to the working folder) into paths relative to the repository root,
/// which is what GitHub needs to put an annotation on a file, whatever folder the command runs in. The root is
/// GITHUB_WORKSPACE when set, else the nearest folder above the working folder that holds <c>.git</c>.
/// </summary>
public sealed class RepositoryPaths(string workingDirectory, Func<string, string?> environment)
{
    private readonly string? _root = FindRoot(workingDirectory, environment);

    public static RepositoryPaths Current { get; } = new(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable);

    /// <summary>The path from the repository root with forward slashes; unchanged when it lies outside the repository.</summary>
    public string Relative(string path)
    {
        if (_root is null || path.Length == 0)
        {
            return path;
        }

        var full = Path.GetFullPath(path, workingDirectory);
        var relative = Path.GetRelativePath(_root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    private static string? FindRoot(string workingDirectory, Func<string, string?> environment)
    {
        if (environment("GITHUB_WORKSPACE") is { Length: > 0 } workspace)
        {
            return Path.GetFullPath(workspace);
        }

        for (var dir = new DirectoryInfo(Path.GetFullPath(workingDirectory)); dir is not null; dir = dir.Parent)
        {
            // A worktree or submodule has a .git file rather than a folder.
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
