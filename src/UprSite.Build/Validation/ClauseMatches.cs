namespace UprSite.Build.Validation;

/// <summary>
/// For a row that gives no paragraph (UPR Info's) and matched nothing by text, the rows of other files of the same
/// cycle, State under Review and recommending State that give one and may be it, best first: the same text once spaces
/// are set aside; its text found whole, word for word, in theirs (one State's clause of a paragraph that clusters
/// several States' recommendations, "… (Egypt); continue … (Peru); take … (Azerbaijan)", or a paragraph that adds an
/// abbreviation in brackets; also without spaces, for a clause of 30 letters or more); a text alike by <see cref="NearText"/>. Never across States: only rows of one
/// <see cref="MergeEntry.Who"/> are compared.
/// </summary>
internal static class ClauseMatches
{
    // A clause is also looked for without spaces (a matrix writes "(Peru);take …", whose compared form joins the
    // words), when it is long enough not to be found by chance inside other words.
    private const int ClauseWithoutSpaces = 30;

    /// <param name="alone">Whether an entry is still in no group with a row of another file.</param>
    public static IEnumerable<MergeJoin> Candidates(IReadOnlyList<MergeEntry> entries, Func<int, bool> alone)
    {
        var numbered = Enumerable.Range(0, entries.Count)
            .Where(i => entries[i].HasParagraph && !entries[i].HasLostCharacter)
            .ToLookup(i => entries[i].Who, StringComparer.Ordinal);
        var found = new List<(MergeJoin Join, double Rank)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.HasParagraph || entry.HasLostCharacter || entry.Text.Length == 0 || !alone(i))
            {
                continue;
            }

            foreach (var j in numbered[entry.Who].Where(j => entries[j].File != entry.File))
            {
                if (Match(entry, entries[j]) is { } match)
                {
                    found.Add((new MergeJoin(i, j, match.Kind, match.Similarity), match.Rank));
                }
            }
        }

        return found
            .OrderBy(f => f.Join.Kind == MergeJoinKind.Spacing ? 0 : f.Join.Kind == MergeJoinKind.ClauseOfParagraph ? 1 : 2)
            .ThenByDescending(f => f.Rank)
            .ThenBy(f => entries[f.Join.Entry].FileName, StringComparer.Ordinal)
            .ThenBy(f => entries[f.Join.Entry].Row.Source.Row)
            .ThenBy(f => entries[f.Join.Into].FileName, StringComparer.Ordinal)
            .ThenBy(f => entries[f.Join.Into].Row.Source.Row)
            .Select(f => f.Join)
            .ToList();
    }

    private static (MergeJoinKind Kind, double Similarity, double Rank)? Match(MergeEntry entry, MergeEntry numbered)
    {
        if (entry.SpaceFree == numbered.SpaceFree)
        {
            return (MergeJoinKind.Spacing, 1, 1);
        }

        if ((" " + numbered.Text + " ").Contains(" " + entry.Text + " ", StringComparison.Ordinal)
            || (entry.SpaceFree.Length >= ClauseWithoutSpaces && numbered.SpaceFree.Contains(entry.SpaceFree, StringComparison.Ordinal)))
        {
            return (MergeJoinKind.ClauseOfParagraph, 1, (double)entry.Text.Length / numbered.Text.Length);
        }

        var similarity = NearText.Similarity(entry.SpaceFree, numbered.SpaceFree);
        if (similarity >= NearText.Threshold && NearText.Identity(entry.Row.Text) == NearText.Identity(numbered.Row.Text))
        {
            return (MergeJoinKind.NearText, similarity, similarity);
        }

        return null;
    }
}
