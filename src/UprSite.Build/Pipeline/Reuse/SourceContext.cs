using UprSite.Build.Sources;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// The files every stage reads besides the site's content — theme/, site.yml, i18n/, assets: every file outside
/// input/countries, input/pages and input/recommendations — and the build's options. What a stage keeps per content
/// file or per country is only taken again while these are the same objects (<see cref="BuildMemory"/> keeps an
/// unchanged file's object), so an edit of site.yml, a UI string or a layout makes everything anew.
/// </summary>
public sealed class SourceContext
{
    private static readonly string[] ContentFolders = ["countries/", "pages/", "recommendations/"];

    private readonly SourceFile[] _files;
    private readonly string _settings;

    private SourceContext(SourceFile[] files, string settings)
    {
        _files = files;
        _settings = settings;
    }

    public static SourceContext Of(SourceSet sources, BuildOptions options) => new(
        sources.Theme.Values.Concat(sources.Input.Values.Where(f => !IsContent(f)))
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToArray(),
        string.Join('\n', sources.InputRoot, options.BaseUrl ?? "", options.Drafts, options.Pdf, options.Today?.ToString("O") ?? ""));

    /// <summary>Whether the file is the site's content (a country's files, a page, a site-level export), which reaches a page only through its model.</summary>
    public static bool IsContent(SourceFile file) => ContentFolders.Any(c => file.Path.StartsWith(c, StringComparison.Ordinal));

    public bool SameAs(SourceContext? other) =>
        other is not null && other._settings == _settings && other._files.Length == _files.Length
        && _files.Zip(other._files).All(pair => ReferenceEquals(pair.First, pair.Second));
}
