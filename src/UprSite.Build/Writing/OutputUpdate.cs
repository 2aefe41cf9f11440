using UprSite.Build.Output;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Writing;

/// <summary>
/// The output folder brought from one good build to the next within <c>uprsite serve</c>: only the files whose bytes
/// changed are written, and those the new build no longer has are deleted, so an edit does not rewrite the whole site.
/// The first time (or when the folder is missing) the whole site is written as <c>build</c> writes it
/// (<see cref="OutputWriter"/>: staged, then swapped in one step).
/// </summary>
public sealed class OutputUpdate(string outputDir)
{
    private OutputSet? _written;

    public void Write(OutputSet output, DiagnosticList diagnostics)
    {
        var root = Path.GetFullPath(outputDir);
        if (_written is not { } previous || !Directory.Exists(root))
        {
            OutputWriter.Write(output, outputDir, diagnostics);
            _written = diagnostics.HasErrors ? null : output;
            return;
        }

        try
        {
            foreach (var (path, file) in output.Files)
            {
                if (previous.Files.TryGetValue(path, out var before)
                    && (ReferenceEquals(before, file) || before.Content.AsSpan().SequenceEqual(file.Content)))
                {
                    continue;
                }

                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, file.Content);
            }

            foreach (var path in previous.Files.Keys.Where(p => !output.Files.ContainsKey(p)))
            {
                File.Delete(Path.Combine(root, path));
            }

            _written = output;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputNotWritten,
                $"the site could not be written ({e.Message}); check that the folder is writable and not open in another program",
                outputDir));
            _written = null;
        }
    }
}
