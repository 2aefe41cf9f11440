using System.Collections.Concurrent;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// The pages of the last render, by output path, for the next build in the same process (<c>uprsite serve</c>): a page
/// whose fingerprint (its kind, path, language, source and model: <see cref="ModelFingerprint"/>) is the same, with the
/// same <see cref="RenderInputs"/>, is taken as it was instead of rendered again. Only a render that ran to its end
/// replaces what is kept, and only pages rendered without a diagnostic are kept.
/// </summary>
public sealed class PageMemory
{
    private RenderInputs? _inputs;
    private RenderInputs? _pending;
    private ConcurrentDictionary<string, KeptPage> _kept = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, KeptPage> _next = new(StringComparer.Ordinal);
    private bool _usable;
    private int _reused;

    /// <summary>Pages the last render took from the one before instead of rendering them.</summary>
    public int Reused { get; private set; }

    /// <summary>Pages the last render rendered.</summary>
    public int Rendered { get; private set; }

    public void Begin(RenderInputs inputs)
    {
        _usable = inputs.SameAs(_inputs);
        _pending = inputs;
        _next = new ConcurrentDictionary<string, KeptPage>(StringComparer.Ordinal);
        _reused = 0;
    }

    public KeptPage? Find(string path, byte[] fingerprint)
    {
        if (!_usable || !_kept.TryGetValue(path, out var page) || !page.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            return null;
        }

        Interlocked.Increment(ref _reused);
        _next[path] = page;
        return page;
    }

    public void Keep(string path, KeptPage page) => _next[path] = page;

    /// <summary>
    /// Whether the link check of this build knows the places kept pages point to (<see cref="LinkMemory.Active"/>):
    /// then a kept page adds none of them to the output's targets.
    /// </summary>
    public bool LinksKnown { get; set; }

    /// <summary>The places a kept page adds to the output's targets: none when the link check knows them.</summary>
    public IReadOnlyList<string> KeptTargets(KeptPage page) => LinksKnown ? [] : page.Targets;

    /// <summary>Whether the previous render's pages may be taken (the same <see cref="RenderInputs"/>), between <see cref="Begin"/> and <see cref="End"/>.</summary>
    public bool Usable => _usable;

    /// <summary>The page this render kept at <paramref name="path"/>, rendered or taken; null when it kept none.</summary>
    public KeptPage? Made(string path) => _next.GetValueOrDefault(path);

    /// <summary>The page the last render that ran to its end kept at <paramref name="path"/> (after <see cref="End"/>); null when it kept none.</summary>
    public KeptPage? Last(string path) => _kept.GetValueOrDefault(path);

    /// <summary>A page taken whole with its group (<see cref="PageGroups"/>): kept for the next build, and counted as reused.</summary>
    public void Carry(string path, KeptPage page)
    {
        _next[path] = page;
        Interlocked.Increment(ref _reused);
    }

    /// <summary>The render ran to its end: what it kept is what the next build compares with.</summary>
    public void End(int pages)
    {
        _kept = _next;
        _inputs = _pending;
        _next = new ConcurrentDictionary<string, KeptPage>(StringComparer.Ordinal);
        Reused = _reused;
        Rendered = pages - _reused;
        _usable = false;
    }
}
