using UprSite.Import.States;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// Finds the recommending States a paragraph names in brackets: "… (Argentina); Ratify the CPED … (France);". A run of
/// brackets ("(Maldives) (Portugal)") closes a clause when the text ends after it or goes on with ";" or ". "; it
/// names States when every bracket of the run does ("(Bolivia (Plurinational State of))", "(Chile, Estonia and
/// Slovenia)"). Other brackets ("(ICCPR)") are the recommendation's own words, except that a closing run at the very
/// end, or one whose names are near a State's, is reported as an unrecognised State.
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

            var names = run.Aggregate(StateList.Empty, (list, group) => list.Concat(StateListSplitter.Split(group.Content(text))));
            var isStates = names.IsOnlyStates;
            var reported = !isStates && (atEnd || names.States.Count > 0 || names.Unrecognised.Any(u => u.Nearest.Count > 0));
            if (!isStates && !reported)
            {
                continue;
            }

            clauses.Add(new MatrixClause(ClauseText(text[clauseStart..run[0].Open]), names.States));
            found = found.Concat(new StateList(names.States, [], names.Unrecognised));
            clauseStart = text.Length - after.Length + (after.Length > 0 && after[0] is ';' or '.' ? 1 : 0);
        }

        var rest = ClauseText(text[clauseStart..]);
        if (rest.Length > 0 || clauses.Count == 0)
        {
            clauses.Add(new MatrixClause(rest, []));
        }

        return (clauses, found);
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
