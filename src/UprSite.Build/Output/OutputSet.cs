namespace UprSite.Build.Output;

/// <summary>The built site in memory: output path → file, sorted so that iteration is the same every build.</summary>
public sealed class OutputSet
{
    private readonly SortedDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, OutputFile> Files => _files;

    public void Add(string path, OutputFile file) => _files[path] = file;

    public bool Contains(string path) => _files.ContainsKey(path);

    public bool Remove(string path) => _files.Remove(path);

    public IEnumerable<KeyValuePair<string, OutputFile>> HtmlPages =>
        _files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal));
}
