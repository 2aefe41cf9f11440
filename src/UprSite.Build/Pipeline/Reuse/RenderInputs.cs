using UprSite.Build.Sources;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// What every page's rendering reads besides its own model: the layouts, partials, assets, UI strings, site.yml and
/// every other file that is not the site's content (input/countries, input/pages, input/recommendations reach a page
/// only through its model), the options of the build, and whether the site has charts (plotly.js among the assets).
/// Files are compared as the objects <see cref="BuildMemory"/> keeps for unchanged bytes, so equal inputs are the same files.
/// </summary>
public sealed class RenderInputs
{
    private static readonly string[] ContentFolders = ["countries/", "pages/", "recommendations/"];

    private readonly SourceFile[] _files;
    private readonly string _settings;

    private RenderInputs(SourceFile[] files, string settings)
    {
        _files = files;
        _settings = settings;
    }

    public static RenderInputs Of(SourceSet sources, BuildOptions options, bool charts) => new(
        sources.Theme.Values.Concat(sources.Input.Values.Where(f => !ContentFolders.Any(c => f.Path.StartsWith(c, StringComparison.Ordinal))))
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToArray(),
        string.Join('\n', sources.InputRoot, options.BaseUrl ?? "", options.Drafts, options.Pdf, options.Today?.ToString("O") ?? "", charts));

    public bool SameAs(RenderInputs? other) =>
        other is not null && other._settings == _settings && other._files.Length == _files.Length
        && _files.Zip(other._files).All(pair => ReferenceEquals(pair.First, pair.Second));
}
