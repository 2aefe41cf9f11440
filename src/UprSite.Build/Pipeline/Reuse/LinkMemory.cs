using UprSite.Build.Checking;
using UprSite.Build.Output;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// The link check of the last build, for the next one in the same process (<c>serve</c>): once a check found nothing
/// broken, the next checks only the places the pages rendered again point to, and every place (kept in a compact
/// index: target path → places) on a file that appeared, went, or whose anchors may have changed. Every other place was
/// found in the last build and still finds the same file with the same anchors. The pages taken as they were then add
/// none of their places to <see cref="OutputSet.Targets"/>. When a place is broken the usual
/// <see cref="LinkChecker"/> reports it, so the diagnostics are a clean build's; the check after that is a whole one.
/// </summary>
public sealed class LinkMemory
{
    private readonly Dictionary<string, int> _holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _pageTargets = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, OutputFile>? _files;

    /// <summary>Whether this build's check may be incremental: the last one ran and found nothing broken.</summary>
    public bool Active { get; private set; }

    /// <summary>Whether the last check looked only at what changed.</summary>
    public bool WasIncremental { get; private set; }

    /// <summary>The check did not run (the build had errors): the next check is a whole one.</summary>
    public void Skip() => Forget();

    public IReadOnlyList<Diagnostic> Check(OutputSet output, string outputName, PageMemory pages)
    {
        if (Active && _files is { } before)
        {
            foreach (var key in Affected(before, output.Files))
            {
                output.Targets.AddKeys([key]);
            }
        }

        WasIncremental = Active && _files is not null;
        var diagnostics = new LinkChecker(output, outputName).Check().ToList();
        if (diagnostics.Count > 0)
        {
            Forget();
            return diagnostics;
        }

        Remember(output.Files, pages, whole: !Active);
        return diagnostics;
    }

    /// <summary>The places tracked pages point to on a file that appeared, went, or is a page whose anchors may differ.</summary>
    private IEnumerable<string> Affected(IReadOnlyDictionary<string, OutputFile> before, IReadOnlyDictionary<string, OutputFile> now)
    {
        var changed = new List<string>();
        foreach (var (path, file) in now)
        {
            if (!before.TryGetValue(path, out var old) || (IsHtml(path) && !ReferenceEquals(old.Index, file.Index)))
            {
                changed.Add(path);
            }
        }

        changed.AddRange(before.Keys.Where(p => !now.ContainsKey(p)));
        foreach (var path in changed)
        {
            // A place is found as the file itself or as the index.html of the folder it names.
            foreach (var target in IsHtml(path) && path.EndsWith("/index.html", StringComparison.Ordinal) ? [path, path[..^"/index.html".Length]] : new[] { path })
            {
                if (_byPath.TryGetValue(target, out var keys))
                {
                    foreach (var key in keys)
                    {
                        yield return key;
                    }
                }
            }
        }
    }

    private void Remember(IReadOnlyDictionary<string, OutputFile> files, PageMemory pages, bool whole)
    {
        if (whole)
        {
            _holders.Clear();
            _byPath.Clear();
            _pageTargets.Clear();
        }

        foreach (var (path, file) in files)
        {
            if (!IsHtml(path) || (!whole && _files!.TryGetValue(path, out var old) && ReferenceEquals(old, file)))
            {
                continue;
            }

            Drop(path);
            if (pages.Last(path) is { } kept && ReferenceEquals(kept.File, file))
            {
                _pageTargets[path] = kept.Targets;
                foreach (var key in kept.Targets)
                {
                    Hold(key);
                }
            }
        }

        if (!whole)
        {
            foreach (var gone in _files!.Keys.Where(p => !files.ContainsKey(p)))
            {
                Drop(gone);
            }
        }

        _files = files;
        Active = true;
    }

    private void Hold(string key)
    {
        var count = _holders.GetValueOrDefault(key);
        _holders[key] = count + 1;
        if (count == 0)
        {
            var path = LinkTarget.FromKey(key).Path;
            if (!_byPath.TryGetValue(path, out var keys))
            {
                keys = new HashSet<string>(StringComparer.Ordinal);
                _byPath[path] = keys;
            }

            keys.Add(key);
        }
    }

    private void Drop(string page)
    {
        if (!_pageTargets.Remove(page, out var targets))
        {
            return;
        }

        foreach (var key in targets)
        {
            var count = _holders[key] - 1;
            if (count > 0)
            {
                _holders[key] = count;
                continue;
            }

            _holders.Remove(key);
            var path = LinkTarget.FromKey(key).Path;
            if (_byPath.TryGetValue(path, out var keys) && keys.Remove(key) && keys.Count == 0)
            {
                _byPath.Remove(path);
            }
        }
    }

    private void Forget()
    {
        Active = false;
        _files = null;
        _holders.Clear();
        _byPath.Clear();
        _pageTargets.Clear();
    }

    private static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}
