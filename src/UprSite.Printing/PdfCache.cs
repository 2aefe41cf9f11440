using System.Security.Cryptography;
using System.Text;

namespace UprSite.Printing;

/// <summary>
/// PDFs printed by earlier builds, kept in a folder (default .uprsite/pdf-cache beside the output folder) under the
/// SHA-256 of what went into them: the page's HTML, every file under assets/, the paper and the engine version. An
/// unchanged factsheet is not printed again. Entries no build used are removed at the end.
/// </summary>
public sealed class PdfCache(string folder)
{
    /// <summary>Bump when the way PDFs are printed changes, so that old entries are not reused.</summary>
    private const string EngineVersion = "uprsite-print-2";

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

    public byte[]? Get(string key)
    {
        _used.Add(key);
        var path = PathOf(key);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void Put(string key, byte[] pdf)
    {
        _used.Add(key);
        Directory.CreateDirectory(folder);
        var temporary = PathOf(key) + ".tmp";
        File.WriteAllBytes(temporary, pdf);
        File.Move(temporary, PathOf(key), overwrite: true);
    }

    /// <summary>Deletes the entries this build did not use.</summary>
    public void Prune()
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.pdf"))
        {
            if (!_used.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(string key) => Path.Combine(folder, key + ".pdf");
}
