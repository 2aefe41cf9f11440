using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace UprSite.Printing;

/// <summary>
/// PDFs printed by earlier builds, kept in a folder (default .uprsite/pdf-cache beside the output folder) under the
/// SHA-256 of what went into them: the page's HTML, every file under assets/, the paper and the engine version, each
/// beside the fit it was printed at (a .fit file: the print packs print their factsheets at the same fit). An
/// unchanged factsheet is not printed again. Entries no build used are removed at the end.
/// </summary>
public sealed class PdfCache(string folder)
{
    /// <summary>Bump when the way PDFs are printed changes, so that old entries are not reused.</summary>
    private const string EngineVersion = "uprsite-print-3";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public static string Key(byte[] page, PageTemplates templates, string assetsHash, string paper)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{EngineVersion}\n{paper}\n{assetsHash}\n{templates.Header}\n{templates.Footer}\n"));
        sha.AppendData(page);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string HashAll(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{path}\n{bytes.Length}\n"));
            sha.AppendData(bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The PDF printed under <paramref name="key"/> and the fit it was printed at, or null.</summary>
    public (byte[] Pdf, PageFit Fit)? Get(string key)
    {
        _used.Add(key);
        var path = PathOf(key);
        var fit = FitOf(key);
        return File.Exists(path) && File.Exists(fit) && ParseFit(File.ReadAllText(fit)) is { } parsed
            ? (File.ReadAllBytes(path), parsed)
            : null;
    }

    public void Put(string key, byte[] pdf, PageFit fit)
    {
        _used.Add(key);
        Directory.CreateDirectory(folder);
        Write(FitOf(key), Encoding.UTF8.GetBytes(FormattableString.Invariant($"{fit.Fit?.ToString("R", CultureInfo.InvariantCulture) ?? "none"} {fit.Pages}")));
        Write(PathOf(key), pdf);
    }

    /// <summary>Deletes the entries this build did not use.</summary>
    public void Prune()
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".fit", StringComparison.Ordinal)))
        {
            if (!_used.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(string key) => Path.Combine(folder, key + ".pdf");

    private string FitOf(string key) => Path.Combine(folder, key + ".fit");

    private static void Write(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private static PageFit? ParseFit(string text)
    {
        var parts = text.Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pages))
        {
            return null;
        }

        return parts[0] == "none" ? new PageFit(null, pages)
            : double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var fit) ? new PageFit(fit, pages) : null;
    }
}
