using System.Runtime.CompilerServices;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Content;

/// <summary>
/// The imported recommendation and implementation files of the last Parse, for the next build in the same process
/// (<c>uprsite serve</c>): a file read with the same source files (compared as the objects the build keeps for
/// unchanged bytes) is taken as it was, with its diagnostics, instead of imported again. Only a Parse that ran to its
/// end replaces what is kept.
/// </summary>
public sealed class ImportMemory
{
    private readonly Lock _lock = new();
    private Dictionary<Key, (object Output, IReadOnlyList<Diagnostic> Diagnostics)> _kept = [];
    private Dictionary<Key, (object Output, IReadOnlyList<Diagnostic> Diagnostics)> _next = [];

    /// <summary>Imports the last Parse took as they were.</summary>
    public int Reused { get; private set; }

    /// <summary>Imports the last Parse made anew.</summary>
    public int Imported { get; private set; }

    private int _reused;
    private int _imported;

    /// <param name="files">Every file <paramref name="read"/> reads.</param>
    public T Read<T>(string what, IEnumerable<SourceFile?> files, DiagnosticList diagnostics, Func<DiagnosticList, T> read)
        where T : class
    {
        var key = new Key(what, [.. files]);
        lock (_lock)
        {
            if (_kept.TryGetValue(key, out var kept))
            {
                _next[key] = kept;
                _reused++;
                diagnostics.AddRange(kept.Diagnostics);
                return (T)kept.Output;
            }
        }

        var own = new DiagnosticList();
        var output = read(own);
        diagnostics.AddRange(own.Items);
        lock (_lock)
        {
            _next[key] = (output, own.Items.ToList());
            _imported++;
        }

        return output;
    }

    public void End()
    {
        lock (_lock)
        {
            _kept = _next;
            _next = [];
            Reused = _reused;
            Imported = _imported;
            _reused = 0;
            _imported = 0;
        }
    }

    private sealed class Key(string what, SourceFile?[] files) : IEquatable<Key>
    {
        private readonly int _hash = files.Aggregate(what.GetHashCode(StringComparison.Ordinal),
            (hash, file) => HashCode.Combine(hash, file is null ? 0 : RuntimeHelpers.GetHashCode(file)));

        public bool Equals(Key? other) =>
            other is not null && other._hash == _hash && what == other.What && files.Length == other.Files.Length
            && files.Zip(other.Files).All(pair => ReferenceEquals(pair.First, pair.Second));

        private string What => what;

        private SourceFile?[] Files => files;

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;
    }
}
