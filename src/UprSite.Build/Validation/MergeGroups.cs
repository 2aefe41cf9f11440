using UprSite.Core.Recommendations;

namespace UprSite.Build.Validation;

/// <summary>
/// Finds the rows of different files that are one recommendation of one <see cref="MergeEntry.Who"/>, strongest
/// evidence first, each pass taking only rows the earlier ones left: the same text and paragraph; the same text where
/// one row gives no paragraph; the same paragraph (a clause beside its whole paragraph, a text worded otherwise); the
/// same text under two paragraph numbers (a numbering slip of one source); a text that lost a character
/// (<see cref="MergeText"/>); then, for a row that gives no paragraph (UPR Info), a row of another file that does
/// (<see cref="ClauseMatches"/>). A group never holds two rows of one file, but for the clauses of one paragraph: a
/// source that holds a paragraph whole (a matrix, UHRI) gives one row where UPR Info gives one per clause ("Ratify …
/// (Tunisia); Withdraw … (Tunisia)", supported in part), and each clause found whole in the paragraph joins it. Keys are visited in ordinal order and each
/// key's rows file by file in the order of the files' names, so the groups are the same whatever the order of the files.
/// </summary>
internal sealed class MergeGroups
{
    private readonly IReadOnlyList<MergeEntry> _entries;
    private readonly int[] _parent;
    private readonly HashSet<int>[] _files;
    private readonly List<MergeJoin> _joins = [];
    private readonly List<int>[] _members;
    private readonly HashSet<int> _clauses = [];

    private MergeGroups(IReadOnlyList<MergeEntry> entries)
    {
        _entries = entries;
        _parent = Enumerable.Range(0, entries.Count).ToArray();
        _files = entries.Select(e => new HashSet<int> { e.File }).ToArray();
        _members = Enumerable.Range(0, entries.Count).Select(i => new List<int> { i }).ToArray();
    }

    /// <summary>The groups of entry indexes, each in entry order (a row that repeats no other is a group of one), and the joins made on weaker evidence than the same text or paragraph.</summary>
    public static (IReadOnlyList<IReadOnlyList<int>> Groups, IReadOnlyList<MergeJoin> Joins) Of(IReadOnlyList<MergeEntry> entries)
    {
        var groups = new MergeGroups(entries);
        groups.JoinByKeys(e => e.HasParagraph && !e.HasLostCharacter ? "t:" + e.Text + "|p:" + e.ParagraphSlug : null);
        groups.JoinByKeys(e => e.HasLostCharacter ? null : "t:" + e.Text, (a, b) => !a.HasParagraph || !b.HasParagraph || a.ParagraphSlug == b.ParagraphSlug);
        groups.JoinByKeys(e => e.HasParagraph ? "p:" + e.ParagraphSlug : null);
        groups.JoinByKeys(e => e.HasLostCharacter ? null : "t:" + e.Text, (a, b) => a.HasParagraph && b.HasParagraph, MergeJoinKind.OtherParagraph);
        groups.JoinLostCharacters();
        foreach (var (entry, into, kind, similarity) in ClauseMatches.Candidates(entries, i => groups._files[groups.Root(i)].Count == 1))
        {
            if (groups.CanJoin(entry, into) || (kind == MergeJoinKind.ClauseOfParagraph && groups.IsAnotherClause(entry, into)))
            {
                groups.Join(entry, into, clauses: kind == MergeJoinKind.ClauseOfParagraph);
                groups._joins.Add(new MergeJoin(entry, into, kind, similarity));
            }
        }

        var result = Enumerable.Range(0, entries.Count)
            .GroupBy(groups.Root)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .ToList();
        return (result, groups._joins);
    }

    /// <param name="keyOf">The key a row is compared by (prefixed by its Who); null when this pass does not look at it.</param>
    /// <param name="fits">Whether two rows of one key may be joined.</param>
    /// <param name="reported">The kind to report a join of this pass as, when it is weaker evidence than usual.</param>
    private void JoinByKeys(Func<MergeEntry, string?> keyOf, Func<MergeEntry, MergeEntry, bool>? fits = null, MergeJoinKind? reported = null)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Count; i++)
        {
            if (keyOf(_entries[i]) is not { } key)
            {
                continue;
            }

            key = _entries[i].Who + key;
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(i);
        }

        foreach (var key in byKey.Keys.Order(StringComparer.Ordinal))
        {
            // File by file in name order, each row with the first row of each other file it can join: the n-th row
            // of a key in one file goes with the n-th of the key in another.
            var rows = byKey[key].OrderBy(i => _entries[i].FileName, StringComparer.Ordinal).ThenBy(i => _entries[i].Row.Source.Row).ToList();
            for (var a = 0; a < rows.Count; a++)
            {
                for (var b = a + 1; b < rows.Count; b++)
                {
                    var (i, j) = (rows[a], rows[b]);
                    if (_entries[i].File != _entries[j].File && CanJoin(i, j) && (fits is null || fits(_entries[i], _entries[j])))
                    {
                        Join(i, j);
                        if (reported is { } kind)
                        {
                            _joins.Add(new MergeJoin(j, i, kind, 1));
                        }
                    }
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

    private bool CanJoin(int a, int b) => Root(a) != Root(b) && !_files[Root(a)].Overlaps(_files[Root(b)]);

    /// <summary>
    /// True when <paramref name="clause"/>, a row alone, is another clause of the paragraph <paramref name="into"/>
    /// whose group holds, of the clause's file, only clauses of other texts joined to it as clauses.
    /// </summary>
    private bool IsAnotherClause(int clause, int into)
    {
        var (rc, ri) = (Root(clause), Root(into));
        if (rc == ri || _members[rc].Count != 1)
        {
            return false;
        }

        var file = _entries[clause].File;
        var same = _members[ri].Where(m => _entries[m].File == file).ToList();
        return same.Count > 0 && same.All(m => _clauses.Contains(m) && _entries[m].Text != _entries[clause].Text);
    }

    private void Join(int a, int b, bool clauses = false)
    {
        if (!CanJoin(a, b) && !(clauses && IsAnotherClause(a, b)))
        {
            return;
        }

        if (clauses)
        {
            _clauses.Add(a);
        }

        var (ra, rb) = (Root(a), Root(b));
        var (keep, gone) = ra < rb ? (ra, rb) : (rb, ra);
        _parent[gone] = keep;
        _files[keep].UnionWith(_files[gone]);
        _members[keep].AddRange(_members[gone]);
        _members[gone].Clear();
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
