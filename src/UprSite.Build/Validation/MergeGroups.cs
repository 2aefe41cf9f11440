using UprSite.Core.Recommendations;

namespace UprSite.Build.Validation;

/// <summary>
/// Finds the rows of different files that are one recommendation: the same <see cref="MergeEntry.Who"/> and the same
/// paragraph or the same text (<see cref="MergeText"/>). A group never holds two rows of one
/// file. Keys are visited in ordinal order and each key's rows file by file in the order of the files' names, so the
/// groups are the same whatever the order the files are given in.
/// </summary>
internal sealed class MergeGroups
{
    private readonly IReadOnlyList<MergeEntry> _entries;
    private readonly int[] _parent;
    private readonly HashSet<int>[] _files;

    private MergeGroups(IReadOnlyList<MergeEntry> entries)
    {
        _entries = entries;
        _parent = Enumerable.Range(0, entries.Count).ToArray();
        _files = entries.Select(e => new HashSet<int> { e.File }).ToArray();
    }

    /// <summary>The groups of entry indexes, each in entry order; a row that repeats no other is a group of one.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Of(IReadOnlyList<MergeEntry> entries)
    {
        var groups = new MergeGroups(entries);
        groups.JoinByKeys();
        groups.JoinLostCharacters();
        return Enumerable.Range(0, entries.Count)
            .GroupBy(groups.Root)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .ToList();
    }

    private void JoinByKeys()
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Count; i++)
        {
            foreach (var key in KeysOf(_entries[i]))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var key in byKey.Keys.Order(StringComparer.Ordinal))
        {
            var perFile = byKey[key].GroupBy(i => _entries[i].File)
                .Select(g => g.OrderBy(i => _entries[i].Row.Source.Row).ToList())
                .Where(l => l.Count > 0)
                .OrderBy(l => _entries[l[0]].FileName, StringComparer.Ordinal)
                .ToList();
            if (perFile.Count < 2)
            {
                continue;
            }

            // The n-th row of a key in one file goes with the n-th of the key in another.
            for (var n = 0; n < perFile.Max(l => l.Count); n++)
            {
                var same = perFile.Where(l => n < l.Count).Select(l => l[n]).ToList();
                foreach (var other in same.Skip(1))
                {
                    Join(same[0], other);
                }
            }
        }
    }

    private void JoinLostCharacters()
    {
        var byWho = Enumerable.Range(0, _entries.Count).ToLookup(i => _entries[i].Who, StringComparer.Ordinal);
        var lost = Enumerable.Range(0, _entries.Count)
            .Where(i => _entries[i].HasLostCharacter)
            .OrderBy(i => _entries[i].FileName, StringComparer.Ordinal)
            .ThenBy(i => _entries[i].Row.Source.Row);
        foreach (var i in lost)
        {
            var candidate = byWho[_entries[i].Who]
                .Where(j => _entries[j].File != _entries[i].File && !_entries[j].HasLostCharacter && Root(j) != Root(i))
                .Where(j => MergeText.Matches(_entries[i].Text, _entries[j].Text))
                .OrderBy(j => _entries[j].FileName, StringComparer.Ordinal)
                .ThenBy(j => _entries[j].Row.Source.Row)
                .Select(j => (int?)j)
                .FirstOrDefault(j => CanJoin(i, j!.Value));
            if (candidate is { } j)
            {
                Join(i, j);
            }
        }
    }

    private static IEnumerable<string> KeysOf(MergeEntry entry)
    {
        if (!entry.HasLostCharacter)
        {
            yield return entry.Who + "t:" + entry.Text;
        }

        var row = entry.Row;
        // The paragraph alone, without the document: one cycle of one State under Review has one report, and some
        // sources give the paragraph without naming the report.
        if (entry.HasParagraph)
        {
            yield return entry.Who + "p:" + RecommendationId.Slug(row.Paragraph!);
        }
    }

    private bool CanJoin(int a, int b) => Root(a) != Root(b) && !_files[Root(a)].Overlaps(_files[Root(b)]);

    private void Join(int a, int b)
    {
        if (!CanJoin(a, b))
        {
            return;
        }

        var (ra, rb) = (Root(a), Root(b));
        var (keep, gone) = ra < rb ? (ra, rb) : (rb, ra);
        _parent[gone] = keep;
        _files[keep].UnionWith(_files[gone]);
    }

    private int Root(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }
}
