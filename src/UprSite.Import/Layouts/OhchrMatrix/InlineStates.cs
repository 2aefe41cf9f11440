using UprSite.Core.Reference;
using UprSite.Core.Text;
using UprSite.Import.States;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// Finds the recommending States a paragraph names in brackets: "… (Argentina); Ratify the CPED … (France);". A run of
/// brackets ("(Maldives) (Portugal)") closes a clause when the text ends after it or goes on with ";" or ". "; its
/// last brackets name the clause's States ("(Bolivia (Plurinational State of))", "(Chile, Estonia and Slovenia)").
/// Other brackets ("(ICCPR)", "(No. 29)") are the recommendation's own words, except that a name near a State's, or
/// the last bracket of the whole text when it holds no number, is reported as an unrecognised State.
/// </summary>
public static class InlineStates
{
    public static (IReadOnlyList<MatrixClause> Clauses, StateList States) Read(string text)
    {
        var clauses = new List<MatrixClause>();
        var found = StateList.Empty;
        var clauseStart = 0;
        foreach (var run in Runs(text, BracketGroup.Find(text)))
        {
            var after = text[(run[^1].Close + 1)..].TrimStart();
            var atEnd = after.TrimStart(';', '.', ',', ' ').Length == 0;
            if (!ClosesClause(after))
            {
                continue;
            }

            var named = StatesPart(text, run, atEnd);
            if (named.Count == 0)
            {
                continue;
            }

            var names = named.Aggregate(StateList.Empty, (list, group) => list.Concat(group.Names));
            clauses.Add(new MatrixClause(ClauseText(text[clauseStart..named[0].Group.Open]), names.States));
            found = found.Concat(names);
            clauseStart = text.Length - after.Length + (after.Length > 0 && after[0] is ';' or '.' ? 1 : 0);
        }

        var rest = ClauseText(text[clauseStart..]);
        if (rest.Length > 0 || clauses.Count == 0)
        {
            clauses.Add(new MatrixClause(rest, []));
        }

        return (clauses, found);
    }

    /// <summary>
    /// The brackets of a run that name States, or names near a State's: the last ones of the run, since a bracket of
    /// the text itself may come just before them ("the Covenant (ICCPR) (Maldives)"). At the very end of the text the
    /// last bracket always counts, so that a name nothing like a State's is still reported.
    /// </summary>
    private static List<(BracketGroup Group, StateList Names)> StatesPart(string text, List<BracketGroup> run, bool atEnd)
    {
        var groups = run.Select(g => (Group: g, Names: StateListSplitter.Split(g.Content(text)))).ToList();
        var first = groups.Count;
        while (first > 0 && LooksLikeStates(groups[first - 1].Names))
        {
            first--;
        }

        if (first == groups.Count && atEnd && !groups[^1].Group.Content(text).Any(char.IsAsciiDigit))
        {
            first = groups.Count - 1;
        }

        return groups[first..];
    }

    /// <summary>
    /// A known State, or a name near one that is neither an abbreviation in capitals ("NHRI" is near "Iraq") nor holds
    /// a number ("(No. 29)" after a convention's name); no State's name has a digit.
    /// </summary>
    private static bool LooksLikeStates(StateList names) => names.States.Count > 0 || names.Unrecognised.Any(ReadsAsState);

    /// <summary>
    /// A name that is no known State but a letter or two from one (a quarter of its letters at most: "Sierra Leon",
    /// "Phillipines", never "Roma" for Oman), written in words: a misspelt State, counted under its name.
    /// </summary>
    public static bool ReadsAsState(UnrecognisedState name)
    {
        if (name.Nearest.Count == 0 || !name.Name.Any(char.IsLower) || name.Name.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var folded = NameFolding.Fold(name.Name);
        return NearestName.Distance(folded, NameFolding.Fold(name.Nearest[0])) <= Math.Max(1, folded.Length / 4);
    }

    private static bool ClosesClause(string after) =>
        after.Length == 0 || after[0] == ';' || (after[0] == '.' && (after.Length == 1 || char.IsWhiteSpace(after[1])));

    /// <summary>Groups separated by nothing but spaces form one run.</summary>
    private static IEnumerable<List<BracketGroup>> Runs(string text, List<BracketGroup> groups)
    {
        var run = new List<BracketGroup>();
        foreach (var group in groups)
        {
            if (run.Count > 0 && !string.IsNullOrWhiteSpace(text[(run[^1].Close + 1)..group.Open]))
            {
                yield return run;
                run = [];
            }

            run.Add(group);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static string ClauseText(string text) => text.Trim().TrimEnd(';', ',', ' ').TrimStart(';', '.', ' ').Trim();
}
