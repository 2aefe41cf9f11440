namespace UprSite.Build.Sources;

/// <summary>
/// Everything the build reads, in memory. A path in input/ overrides the same path in theme/ (layouts, partials,
/// assets), as in Hugo and Statiq.
/// </summary>
public sealed class SourceSet(string inputRoot, IReadOnlyDictionary<string, SourceFile> input, IReadOnlyDictionary<string, SourceFile> theme)
{
    /// <summary>The input folder as the user named it, for diagnostics about missing files.</summary>
    public string InputRoot { get; } = inputRoot;

    public IReadOnlyDictionary<string, SourceFile> Input { get; } = input;

    public IReadOnlyDictionary<string, SourceFile> Theme { get; } = theme;

    public SourceFile? FindInput(string path) => Input.GetValueOrDefault(path);

    /// <summary>The input file at <paramref name="path"/>, else the theme's.</summary>
    public SourceFile? Resolve(string path) => Input.GetValueOrDefault(path) ?? Theme.GetValueOrDefault(path);

    /// <summary>Input files under a folder, sorted by path.</summary>
    public IEnumerable<SourceFile> InputUnder(string folder) =>
        Input.Values.Where(f => f.Path.StartsWith(folder + "/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal);

    /// <summary>Files under a folder from theme and input merged, input winning, sorted by path.</summary>
    public IEnumerable<SourceFile> MergedUnder(string folder)
    {
        var merged = new SortedDictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in Theme.Values.Concat(Input.Values).Where(f => f.Path.StartsWith(folder + "/", StringComparison.Ordinal)))
        {
            merged[file.Path] = file;
        }

        return merged.Values;
    }
}
