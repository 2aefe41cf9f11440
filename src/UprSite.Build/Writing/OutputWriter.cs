using UprSite.Build.Rendering;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Writing;

/// <summary>
/// Write: the whole site goes into a fresh folder beside the output folder, which is swapped in only once every
/// file is written. A build that fails, here or before, leaves the previous output as it was.
/// </summary>
public static class OutputWriter
{
    public static void Write(OutputSet output, string outputDir, DiagnosticList diagnostics)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var staging = target + ".new";
        var previous = target + ".old";
        try
        {
            DeleteIfPresent(staging);
            foreach (var (path, file) in output.Files)
            {
                var full = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, file.Content);
            }

            DeleteIfPresent(previous);
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
            DeleteIfPresent(previous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputNotWritten,
                $"the site could not be written ({e.Message}); check that the folder is writable and not open in another program",
                outputDir));
            if (!Directory.Exists(target) && Directory.Exists(previous))
            {
                Directory.Move(previous, target);
            }
        }
    }

    private static void DeleteIfPresent(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
