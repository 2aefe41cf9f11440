namespace UprSite.Browser.Tests.Readers;

/// <summary>
/// What Netlify answers for an address that names no file of a built site, from the site's <c>_redirects</c>: the
/// rules tried top down, the first whose path matches (exactly, or a folder ending in <c>/*</c>) wins. Rules with a
/// <c>Language=</c> condition are for <c>/</c>, which always exists, so they never answer a missing page.
/// </summary>
public sealed class NetlifyMissingPages(string siteFolder, IReadOnlyList<(string From, string To, int Status)> rules)
{
    public static NetlifyMissingPages Load(string siteFolder)
    {
        var rules = File.ReadAllLines(Path.Combine(siteFolder, "_redirects"))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 3 && !parts[0].StartsWith('#') && !parts.Skip(3).Any(p => p.StartsWith("Language=", StringComparison.Ordinal)))
            .Select(parts => (parts[0], parts[1], int.Parse(parts[2].TrimEnd('!'), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new NetlifyMissingPages(siteFolder, rules);
    }

    public bool Exists(string path)
    {
        var full = Path.Combine(siteFolder, Uri.UnescapeDataString(path).TrimStart('/'));
        return File.Exists(full) || File.Exists(Path.Combine(full, "index.html"));
    }

    /// <returns>The file Netlify shows and its status, or null when the address names a file.</returns>
    public (string File, int Status)? Answer(string path)
    {
        if (Exists(path))
        {
            return null;
        }

        foreach (var (from, to, status) in rules)
        {
            if (from == path || (from.EndsWith("/*", StringComparison.Ordinal) && path.StartsWith(from[..^1], StringComparison.Ordinal)))
            {
                return (Path.Combine(siteFolder, to.TrimStart('/')), status);
            }
        }

        return (Path.Combine(siteFolder, "404.html"), 404);
    }
}
