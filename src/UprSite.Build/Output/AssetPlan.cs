using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using UprSite.Core.Urls;

namespace UprSite.Build.Output;

/// <summary>
/// Every file the site serves under assets/, each under a name carrying a hash of its content
/// (assets/css/site.css → assets/css/site.1a2b3c4d5e.css). A changed file gets a new name, so browsers and Netlify's
/// CDN may keep /assets/* for a year (netlify.toml: immutable) and still never show a stale one. Made before Render,
/// so every address written to an asset names its hashed file the first time: the layouts' <c>href</c>, Markdown
/// links and images (<see cref="Markdown.MarkdownPlacement"/>), the favicon and share image. Stylesheets' own
/// <c>url(…)</c> references are pointed at the hashed names here, before the stylesheet itself is hashed. Scripts
/// that load other assets must take their address from an attribute a layout wrote (href, src, data-…).
/// </summary>
public sealed partial class AssetPlan
{
    private const string Folder = "assets/";

    private readonly Dictionary<string, string> _names;

    private AssetPlan(Dictionary<string, string> names, SortedDictionary<string, byte[]> files)
    {
        _names = names;
        Files = files;
    }

    /// <summary>No assets: every address stays as written.</summary>
    public static AssetPlan None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new SortedDictionary<string, byte[]>(StringComparer.Ordinal));

    /// <summary>The output: hashed path → content, licence texts under their own names.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    [GeneratedRegex("""url\(\s*(['"]?)([^'")]+)\1\s*\)""")]
    private static partial Regex CssUrl();

    /// <param name="assets">Output path (assets/…) → content; a later file replaces an earlier one at the same path.</param>
    public static AssetPlan Of(IEnumerable<(string Path, byte[] Content)> assets)
    {
        var all = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, content) in assets)
        {
            all[path] = content;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        // Licence texts keep their names: they are read by people, next to the file they cover, and never linked.
        foreach (var (path, content) in all.Where(f => IsLicence(f.Key)))
        {
            files[path] = content;
        }

        // Stylesheets last: their hash must cover the hashed names of the fonts and images they point to.
        foreach (var (path, original) in all.Where(f => !IsLicence(f.Key)).OrderBy(f => f.Key.EndsWith(".css", StringComparison.Ordinal)).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            var content = path.EndsWith(".css", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(RewriteCss(path, Encoding.UTF8.GetString(original), names))
                : original;
            var hashed = HashedName(path, content);
            names[path] = hashed;
            files[hashed] = content;
        }

        return new AssetPlan(names, files);
    }

    /// <summary>The hashed name of the asset at output path <paramref name="path"/>; null when no asset is there.</summary>
    public string? HashedName(string path) => _names.GetValueOrDefault(path);

    /// <summary>An output path with an optional ?query or #fragment, pointed at the asset's hashed name; anything else unchanged.</summary>
    public string Address(string target)
    {
        var (path, rest) = Split(target);
        return HashedName(path) is { } hashed ? hashed + rest : target;
    }

    /// <summary>assets/css/site.css with content C → assets/css/site.&lt;first 10 hex digits of SHA-256(C)&gt;.css</summary>
    public static string HashedName(string path, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var slash = path.LastIndexOf('/');
        var dot = path.IndexOf('.', slash + 1);
        return dot < 0 ? $"{path}.{hash}" : $"{path[..dot]}.{hash}{path[dot..]}";
    }

    public static bool IsAsset(string path) => path.StartsWith(Folder, StringComparison.Ordinal);

    private static bool IsLicence(string path) => path.EndsWith(".LICENSE.txt", StringComparison.OrdinalIgnoreCase);

    private static string RewriteCss(string cssPath, string css, Dictionary<string, string> names) =>
        CssUrl().Replace(css, m => $"url({m.Groups[1].Value}{Rewrite(cssPath, m.Groups[2].Value, names)}{m.Groups[1].Value})");

    /// <summary>A reference from <paramref name="fromPath"/> to a hashed asset, pointed at its new name; anything else unchanged.</summary>
    private static string Rewrite(string fromPath, string url, Dictionary<string, string> names)
    {
        if (!RelativeUrl.IsInternal(url))
        {
            return url;
        }

        var (path, rest) = Split(url);
        return names.TryGetValue(RelativeUrl.Resolve(fromPath, path), out var hashed) ? RelativeUrl.Between(fromPath, hashed) + rest : url;
    }

    private static (string Path, string Tail) Split(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? (url, string.Empty) : (url[..cut], url[cut..]);
    }
}
