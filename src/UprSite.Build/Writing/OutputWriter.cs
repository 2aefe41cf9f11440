using UprSite.Build.Output;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Writing;

/// <summary>
/// Write: the whole site goes into <c>_site.new</c> beside the output folder — file by file while Render makes them
/// when the output was made on a <see cref="StagingFolder"/> — and only once every file is written is it swapped with
/// <c>_site</c> in one atomic step (<see cref="DirectorySwap"/>), so a build killed at any moment leaves <c>_site</c>
/// complete: the old build or the new one. Where the system cannot swap atomically, two renames are used, and a
/// build killed between them leaves the old build in <c>_site.old</c>, which
/// <see cref="Recover(string, DiagnosticList)"/> puts back at the start of the next build. A build that fails leaves
/// the output as it was (<see cref="Discard"/>).
/// </summary>
public static class OutputWriter
{
    public static void Write(OutputSet output, string outputDir, DiagnosticList diagnostics)
    {
        var (target, staging, previous) = Paths(outputDir);
        try
        {
            var folder = output.Store as StagingFolder;
            if (folder?.Root != staging)
            {
                folder = null;
                Recover(outputDir);
            }

            if (folder?.Failure is { } failure)
            {
                throw failure;
            }

            // What Render staged is there already; the rest (PDFs, sitemap, robots.txt…) was kept in memory.
            foreach (var (path, file) in output.Files.Where(f => folder is null || !f.Value.IsStored))
            {
                var full = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, file.Content);
            }

            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
            }
            else if (DirectorySwap.TryExchange(staging, target))
            {
                DeleteIfPresent(staging);
            }
            else
            {
                Directory.Move(target, previous);
                Directory.Move(staging, target);
                DeleteIfPresent(previous);
            }

            folder?.MovedTo(target);
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

            Discard(outputDir);
        }
    }

    /// <summary>Deletes the staging folder of a build that will not be written (it failed); the output stays as it was.</summary>
    public static void Discard(string outputDir)
    {
        try
        {
            DeleteIfPresent(Paths(outputDir).Staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's Recover to delete.
        }
    }

    /// <summary>The staging folder of <paramref name="outputDir"/>: <c>_site.new</c> beside it.</summary>
    public static string StagingPath(string outputDir) => Paths(outputDir).Staging;

    /// <summary>
    /// Run before every build that writes, even one that then fails: puts back an old build that a swap killed
    /// half-way left in <c>_site.old</c>, and deletes what a killed build left behind (<c>_site.new</c>, <c>_site.old</c>).
    /// </summary>
    public static void Recover(string outputDir, DiagnosticList diagnostics)
    {
        try
        {
            Recover(outputDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputNotWritten,
                $"what an interrupted build left beside the output folder could not be cleaned up ({e.Message}); check that the folder is writable",
                outputDir));
        }
    }

    private static void Recover(string outputDir)
    {
        var (target, staging, previous) = Paths(outputDir);
        if (!Directory.Exists(target) && Directory.Exists(previous))
        {
            Directory.Move(previous, target);
        }

        DeleteIfPresent(staging);
        DeleteIfPresent(previous);
    }

    private static (string Target, string Staging, string Previous) Paths(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return (target, target + ".new", target + ".old");
    }

    private static void DeleteIfPresent(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
