using System.Collections.Concurrent;
using System.Text;
using UprSite.Build.Output;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Writing;

/// <summary>
/// <c>_site.new</c> beside the output folder, filled while the build renders, so that no page waits in memory for
/// Write; <see cref="OutputWriter.Write"/> then swaps it with <c>_site</c>, or <see cref="OutputWriter.Discard"/>
/// deletes it when the build fails.
/// </summary>
public sealed class StagingFolder : IOutputStore
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    private StagingFolder(string root) => Root = root;

    /// <summary>The folder the files are in: the staging folder, then, once swapped in, the output folder.</summary>
    public string Root { get; private set; }

    /// <summary>The first write that failed (a full disk, a folder not writable); <see cref="OutputWriter.Write"/> reports it.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>
    /// An empty staging folder for <paramref name="outputDir"/> (what a killed build left there is deleted first);
    /// null after reporting why when it cannot be made.
    /// </summary>
    public static StagingFolder? For(string outputDir, DiagnosticList diagnostics)
    {
        var root = OutputWriter.StagingPath(outputDir);
        try
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            Directory.CreateDirectory(root);
            return new StagingFolder(root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputNotWritten,
                $"the folder the site is written into first ('{root}') could not be made ({e.Message}); check that the folder is writable",
                outputDir));
            return null;
        }
    }

    public void Write(string path, byte[] content) => Try(path, full => File.WriteAllBytes(full, content));

    public void Write(string path, string text) => Try(path, full => File.WriteAllText(full, text, Utf8));

    public void Write(string path, Action<Stream> write) => Try(path, full =>
    {
        using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        write(stream);
    });

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private void Try(string path, Action<string> write)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            var full = Full(path);
            var folder = Path.GetDirectoryName(full)!;
            // A folder is marked known only once made: a second thread writing into it makes it too or finds it made.
            _folders.GetOrAdd(folder, Make);

            write(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failure ??= e;
        }
    }

    private static bool Make(string folder)
    {
        Directory.CreateDirectory(folder);
        return true;
    }

    /// <summary>After the swap: the files are now read from <paramref name="root"/>.</summary>
    internal void MovedTo(string root) => Root = root;

    public byte[] Read(string path) => File.ReadAllBytes(Full(path));

    public void Delete(string path) => File.Delete(Full(path));

    private string Full(string path) => Path.Combine(Root, path);
}
