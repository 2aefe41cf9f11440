using UprSite.Build.Content;
using UprSite.Build.Pipeline.Reuse;
using UprSite.Build.Sources;

namespace UprSite.Build.Pipeline;

/// <summary>
/// What one build leaves for the next in the same process (<c>uprsite serve</c>), so that an edit rebuilds only what it
/// affects: the files read (a file whose bytes did not change stays the same object, which is how the later stages
/// know it is unchanged), the imported recommendation files (<see cref="ImportMemory"/>) and the rendered pages
/// (<see cref="PageMemory"/>). Everything else runs again. The output is the same bytes as a build without memory.
/// </summary>
public sealed class BuildMemory
{
    private SourceSet? _sources;

    public ImportMemory Imports { get; } = new();

    public PageMemory Pages { get; } = new();

    /// <summary>What Parse made of each unchanged content file.</summary>
    public ParseMemory Parses { get; } = new();

    /// <summary>Each country's rows and ratings as Validate attached them.</summary>
    public ValidationMemory Validations { get; } = new();

    /// <summary>Each country's figures and charts, and the figures across countries, as Compute made them.</summary>
    public ComputeMemory Figures { get; } = new();

    /// <summary>Groups of pages kept whole while what they read is unchanged.</summary>
    public PageGroups Groups { get; } = new();

    /// <summary>Each country's downloads and the site's, added again while what they read is unchanged.</summary>
    public OutputMemory Downloads { get; } = new();

    /// <summary>The last link check's index, so that the next checks only what changed.</summary>
    public LinkMemory Links { get; } = new();

    /// <summary>The non-content files and options of this build (<see cref="SourceContext"/>), set by <see cref="Begin"/>.</summary>
    public SourceContext? Context { get; private set; }

    /// <summary>Starts a build on the files just loaded: every memory drops what was made under another context.</summary>
    internal void Begin(SourceSet sources, BuildOptions options)
    {
        var previous = Context;
        Context = SourceContext.Of(sources, options);
        if (!Context.SameAs(previous))
        {
            Parses.Clear();
            Validations.Clear();
            Figures.Clear();
        }
    }

    /// <summary>The files of input/ and theme/ (display paths) whose bytes changed, appeared or went since the previous build.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>The files just loaded, each unchanged one replaced by the object the previous build read.</summary>
    internal SourceSet Adopt(SourceSet loaded)
    {
        var previous = _sources;
        if (previous is null || previous.InputRoot != loaded.InputRoot)
        {
            _sources = loaded;
            Changed = [.. loaded.Input.Values.Concat(loaded.Theme.Values).Select(f => f.DisplayPath)];
            return loaded;
        }

        var changed = new List<string>();
        var input = Adopt(previous.Input, loaded.Input, changed);
        var theme = Adopt(previous.Theme, loaded.Theme, changed);
        Changed = changed;
        _sources = new SourceSet(loaded.InputRoot, input, theme);
        return _sources;
    }

    private static Dictionary<string, SourceFile> Adopt(
        IReadOnlyDictionary<string, SourceFile> previous, IReadOnlyDictionary<string, SourceFile> loaded, List<string> changed)
    {
        var files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var (path, file) in loaded)
        {
            if (previous.TryGetValue(path, out var before) && before.DisplayPath == file.DisplayPath && before.Bytes.AsSpan().SequenceEqual(file.Bytes))
            {
                files[path] = before;
            }
            else
            {
                files[path] = file;
                changed.Add(file.DisplayPath);
            }
        }

        changed.AddRange(previous.Values.Where(f => !loaded.ContainsKey(f.Path)).Select(f => f.DisplayPath));
        return files;
    }
}
