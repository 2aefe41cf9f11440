using System.Security.Cryptography;
using System.Text;
using UprSite.Core.Urls;

namespace UprSite.Build.Output;

/// <summary>
/// Every file the site serves under assets/, each under a name carrying a hash of its content
/// (assets/css/site.css → assets/css/site.1a2b3c4d5e.css). A changed file gets a new name, so browsers and Netlify's
/// CDN may keep /assets/* for a year (netlify.toml: immutable) and still never show a stale one. Made before Render,
/// so every address written to an asset names its hashed file the first time: the layouts' <c>href</c>, Markdown
/// links and images (<see cref="Markdown.MarkdownPlacement"/>), the favicon and share image. Stylesheets' own
/// <c>url(…)</c> and <c>@import</c> references are pointed at the hashed names here, before the stylesheet itself is
/// hashed, each stylesheet after those it imports (<see cref="StylesheetOrder"/>). Scripts
/// that load other assets must take their address from an attribute a layout wrote (href, src, data-…).
/// </summary>
public sealed class AssetPlan
{
    private const string Folder = "assets/";

    private readonly Dictionary<string, string> _names;

    private AssetPlan(Dictionary<string, string> names, SortedDictionary<string, byte[]> files, IReadOnlyList<(string From, string To)> circles)
    {
        _names = names;
        Files = files;
        ImportCircles = circles;
    }

    /// <summary>No assets: every address stays as written.</summary>
    public static AssetPlan None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new SortedDictionary<string, byte[]>(StringComparer.Ordinal), []);

    /// <summary>The output: hashed path → content, licence texts under their own names.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Each stylesheet reference that closes a circle of imports, left as written (<see cref="StylesheetOrder"/>).</summary>
    public IReadOnlyList<(string From, string To)> ImportCircles { get; }

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

        // Stylesheets last: their hash must cover the hashed names of the fonts, images and stylesheets they point to.
        foreach (var (path, content) in all.Where(f => !IsLicence(f.Key) && !IsStylesheet(f.Key)))
        {
            Add(path, content);
        }

        var sheets = all.Where(f => IsStylesheet(f.Key)).ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);
        var order = StylesheetOrder.Of(sheets);
        foreach (var path in order.Order)
        {
            Add(path, Encoding.UTF8.GetBytes(CssReferences.Rewrite(path, sheets[path], names.GetValueOrDefault)));
        }

        void Add(string path, byte[] content)
        {
            var hashed = HashedName(path, content);
            names[path] = hashed;
            files[hashed] = content;
        }

        return new AssetPlan(names, files, order.Circles);
    }

    /// <summary>The hashed name of the asset at output path <paramref name="path"/>; null when no asset is there.</summary>
    public string? HashedName(string path) => _names.GetValueOrDefault(path);

    /// <summary>An output path with an optional ?query or #fragment, pointed at the asset's hashed name; anything else unchanged.</summary>
    public string Address(string target)
    {
        var (path, rest) = RelativeUrl.SplitTail(target);
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

    private static bool IsStylesheet(string path) => path.EndsWith(".css", StringComparison.Ordinal);
}
