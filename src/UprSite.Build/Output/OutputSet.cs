using System.Text;
using UprSite.Build.Checking;

namespace UprSite.Build.Output;

/// <summary>
/// The built site: output path → file, sorted so that iteration is the same every build, whatever order (or thread)
/// files were added in. Each HTML page is indexed for the link check as it is added (<see cref="PageLinkScanner"/>): its anchors, and
/// where its links point (<see cref="Targets"/>).
/// With a <see cref="IOutputStore"/> (a build that writes) each file goes to the staging folder as it is added and
/// only its path and index stay in memory; without one (check, serve, tests) the bytes are kept.
/// </summary>
public sealed class OutputSet
{
    private IOutputStore? _storing;
    private readonly SortedDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public OutputSet(IOutputStore? store = null)
    {
        Store = store;
        _storing = store;
    }

    public IReadOnlyDictionary<string, OutputFile> Files => _files;

    /// <summary>Where the files are written as they are added; null when they are kept in memory.</summary>
    public IOutputStore? Store { get; }

    /// <summary>Adds or replaces a file; safe to call from several threads.</summary>
    public void Add(string path, OutputFile file) =>
        Keep(path, file.Indexed(IsHtml(path) ? Index(path, Encoding.UTF8.GetString(file.Content)) : null));

    /// <summary>
    /// Adds a file that is not a page, written by <paramref name="write"/>: with a store straight into the staging folder,
    /// so that a large file (a search index of 100,000 documents) is never held whole in memory; else into memory.
    /// </summary>
    public void AddStreamed(string path, Action<Stream> write)
    {
        if (IsHtml(path))
        {
            throw new ArgumentException($"'{path}' is a page: pages are added with their text, to be indexed", nameof(path));
        }

        if (_storing is { } storing)
        {
            storing.Write(path, write);
            Put(path, new OutputFile([]).Stored(() => storing.Read(path)));
            return;
        }

        using var memory = new MemoryStream();
        write(memory);
        Put(path, new OutputFile(memory.ToArray()));
    }

    /// <summary>Where the links of every page point, gathered as pages are added.</summary>
    public LinkTargets Targets { get; } = new();

    private PageLinks Index(string path, string html, ISet<string>? targets = null) => PageLinks.Compact(PageLinkScanner.Scan(html, link =>
    {
        if (Targets.Add(path, link.Url) is { } key)
        {
            targets?.Add(key);
        }
    }));

    /// <summary>
    /// Adds a rendered page, indexed from its text; its bytes are made only when they are kept in memory. The keys of
    /// the places its links point to go into <paramref name="targets"/> when given.
    /// </summary>
    public void AddPage(string path, string html, Func<byte[], OutputFile> file, ISet<string>? targets = null)
    {
        var index = Index(path, html, targets);
        if (_storing is { } storing)
        {
            storing.Write(path, html);
            Put(path, file([]).Indexed(index).Stored(() => storing.Read(path)));
        }
        else
        {
            Put(path, file(Encoding.UTF8.GetBytes(html)).Indexed(index));
        }
    }

    /// <summary>
    /// Adds a page kept from a previous build in memory as it was: its bytes and index, and the places its links
    /// point to (<paramref name="targets"/>), which the link check checks again against this build's pages.
    /// </summary>
    public void AddKept(string path, OutputFile file, IEnumerable<string> targets)
    {
        if (file.IsStored || file.Index is null)
        {
            throw new ArgumentException($"'{path}' is not an indexed page held in memory", nameof(file));
        }

        Targets.AddKeys(targets);
        Keep(path, file);
    }

    private void Keep(string path, OutputFile indexed)
    {
        if (_storing is { } storing)
        {
            storing.Write(path, indexed.Content);
            indexed = indexed.Stored(() => storing.Read(path));
        }

        Put(path, indexed);
    }

    private void Put(string path, OutputFile file)
    {
        lock (_lock)
        {
            _files[path] = file;
        }
    }

    /// <summary>
    /// Files added from now on (PDFs, sitemap, robots.txt: few and small) are kept in memory, so that they can still be
    /// read when the build fails and its staging folder is deleted; Write puts them beside the others.
    /// </summary>
    public void StopStoring() => _storing = null;

    /// <summary>The file at <paramref name="path"/>, while other threads may be adding files; null when there is none.</summary>
    public OutputFile? Find(string path)
    {
        lock (_lock)
        {
            return _files.GetValueOrDefault(path);
        }
    }

    public bool Contains(string path)
    {
        lock (_lock)
        {
            return _files.ContainsKey(path);
        }
    }

    public bool Remove(string path)
    {
        OutputFile? removed;
        lock (_lock)
        {
            if (!_files.Remove(path, out removed))
            {
                return false;
            }
        }

        if (removed.IsStored)
        {
            Store?.Delete(path);
        }

        return true;
    }

    public IEnumerable<KeyValuePair<string, OutputFile>> HtmlPages => _files.Where(f => IsHtml(f.Key));

    private static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}
