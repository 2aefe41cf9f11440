using UprSite.Build.I18n;
using UprSite.Build.Output;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// Files Render adds besides pages (a country's downloads, the site-wide downloads), kept by name for the next build in
/// the same process (<c>serve</c>): while their key (<see cref="ReuseKey"/>) is the same and the previous render's
/// pages may be taken (<see cref="PageMemory.Usable"/>), they are added as they were, with the UI strings they missed,
/// instead of being written again.
/// </summary>
public sealed class OutputMemory
{
    private readonly Lock _lock = new();
    private Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private Dictionary<string, Kept> _next = new(StringComparer.Ordinal);
    private bool _usable;

    /// <summary>Sets of files the last render took from the one before.</summary>
    public int Reused { get; private set; }

    private int _reused;

    public void Begin(bool usable)
    {
        _usable = usable;
        _next = new(StringComparer.Ordinal);
        _reused = 0;
    }

    /// <summary>Adds the files <paramref name="make"/> adds, or those it added last time when <paramref name="key"/> is unchanged; safe from several threads.</summary>
    public void Add(string name, object?[] key, OutputSet output, StringTable strings, Action<OutputSet> make)
    {
        Kept? kept;
        lock (_lock)
        {
            kept = _usable && _kept.TryGetValue(name, out var before) && ReuseKey.Same(before.Key, key) ? before : null;
        }

        if (kept is null)
        {
            var own = new OutputSet();
            var missed = new HashSet<(string Language, string Key)>();
            using (StringTable.CaptureMisses(missed))
            {
                make(own);
            }

            kept = new Kept(key, [.. own.Files], [.. missed]);
        }
        else
        {
            strings.Remember(kept.Missed);
            Interlocked.Increment(ref _reused);
        }

        foreach (var (path, file) in kept.Files)
        {
            output.Add(path, file);
        }

        lock (_lock)
        {
            _next[name] = kept;
        }
    }

    /// <summary>The render ran to its end: what it added is what the next build compares with.</summary>
    public void End()
    {
        _kept = _next;
        _next = new(StringComparer.Ordinal);
        Reused = _reused;
    }

    private sealed record Kept(object?[] Key, KeyValuePair<string, OutputFile>[] Files, (string Language, string Key)[] Missed);
}
