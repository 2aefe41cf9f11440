using UprSite.Core.Diagnostics;

namespace UprSite.Build.Sources;

/// <summary>Load: reads input/ and theme/ into memory. The only stage besides Write and Print that touches the disk.</summary>
public static class SourceLoader
{
    public static SourceSet Load(string inputDir, string themeDir, DiagnosticList diagnostics)
    {
        var input = ReadFolder(inputDir, "input", diagnostics);
        var theme = ReadFolder(themeDir, "theme", diagnostics);
        return new SourceSet(DisplayRoot(inputDir), input, theme);
    }

    private static Dictionary<string, SourceFile> ReadFolder(string dir, string role, DiagnosticList diagnostics)
    {
        var files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        if (!Directory.Exists(dir))
        {
            var newSite = role == "input" ? ", or start a new site here with 'uprsite init'" : "";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile,
                $"the {role} folder '{dir}' does not exist; run from the site's root folder or pass --{role} <folder>{newSite}",
                DisplayRoot(dir)));
            return files;
        }

        var root = DisplayRoot(dir);
        foreach (var full in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(dir, full).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            files[relative] = new SourceFile(relative, $"{root}/{relative}", File.ReadAllBytes(full));
        }

        return files;
    }

    private static string DisplayRoot(string dir)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), dir).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(dir).Replace('\\', '/') : relative.TrimEnd('/');
    }
}
