using System.Globalization;
using UprSite.Core.Diagnostics;
using UprSite.Core.Reference;

namespace UprSite.Import.States;

/// <summary>
/// Reads the recommending-State cell of each row of one file into canonical names: each State named (co-sponsors
/// split, <see cref="StateListSplitter"/>) by its UN English name; a source that is no State by its name
/// (<see cref="NonStateSources"/>), kept for the totals but given no State page; an unknown name as written. What was
/// not a State is reported once per spelling, at its first row, with the nearest States.
/// </summary>
public sealed class RecommendingStateReader(RowReporter reporter)
{
    private readonly Dictionary<string, StateList> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spelling> _unrecognised = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spelling> _nonStates = new(StringComparer.Ordinal);

    /// <summary>The recommending States of one cell, each once, in the order the cell names them.</summary>
    public IReadOnlyList<string> Read(string cell, int line, int column)
    {
        if (!_lists.TryGetValue(cell, out var list))
        {
            _lists[cell] = list = StateListSplitter.Split(cell);
        }

        var names = new List<string>(list.States.Count + list.NonStates.Count + list.Unrecognised.Count);
        names.AddRange(list.States.Select(s => s.EnglishName));
        foreach (var nonState in list.NonStates)
        {
            Count(_nonStates, cell, line, column, HowCounted(nonState));
            names.Add(nonState.EnglishName);
        }

        foreach (var unknown in list.Unrecognised)
        {
            Count(_unrecognised, unknown.Name, line, column, unknown.Describe());
            names.Add(unknown.Name.Trim());
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Reports every spelling that was not a State (call once, after the last row).</summary>
    public void Report()
    {
        foreach (var (name, spelling) in _unrecognised)
        {
            reporter.Warning(DiagnosticCodes.UnrecognisedRecommendingState,
                $"recommending State {spelling.Detail} is no UN member or observer State{Rows(spelling)}; its rows are counted under this name. " +
                "Correct the spelling in the file, or write the State's UN name",
                spelling.Line, spelling.Column);
        }

        foreach (var (cell, spelling) in _nonStates)
        {
            reporter.Warning(DiagnosticCodes.NonStateRecommendingSource,
                $"'{cell}' is not a State{Rows(spelling)}: {spelling.Detail}, and get no State page. Write the recommending State if you know it",
                spelling.Line, spelling.Column);
        }
    }

    /// <summary>What the rows of a non-State source become: the pages show the unnamed source in words, never the cell.</summary>
    private static string HowCounted(NonStateSource source) => ReferenceEquals(source, NonStateSources.Unknown)
        ? $"its rows are counted in the totals only, under '{source.EnglishName}', which pages show as 'source not recorded'"
        : $"its rows are counted in the totals only, under '{source.EnglishName}'";

    private static string Rows(Spelling spelling) => spelling.Rows == 1
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $" (on {spelling.Rows} rows, the first here)");

    private static void Count(Dictionary<string, Spelling> spellings, string name, int line, int column, string detail)
    {
        if (spellings.TryGetValue(name, out var spelling))
        {
            spelling.Rows++;
        }
        else
        {
            spellings[name] = new Spelling(line, column, detail) { Rows = 1 };
        }
    }

    private sealed record Spelling(int Line, int Column, string Detail)
    {
        public int Rows { get; set; }
    }
}
