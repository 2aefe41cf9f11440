using System.IO.Compression;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// Makes an Office package deterministic: the zip library stamps every entry with the time it was made, so the
/// entries are copied, in the same order, into a new zip with one fixed time.
/// </summary>
public static class PackageBytes
{
    /// <summary>The earliest time a zip entry can hold (1 January 1980).</summary>
    private static readonly DateTimeOffset Fixed = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Fixed;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
