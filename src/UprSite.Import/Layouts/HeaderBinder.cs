using UprSite.Core.Diagnostics;
using UprSite.Core.Text;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts;

/// <summary>
/// Binds a header row to a layout's known columns: names compared loosely (<see cref="HeaderNames"/>), aliases
/// accepted, every unnamed, unknown (with the nearest known name) or repeated column and every missing required
/// column reported at its place in the header. The one header check every named-column layout goes through.
/// </summary>
public sealed class HeaderBinder
{
    /// <summary>The layout's name in messages ("canonical layout").</summary>
    public required string Layout { get; init; }

    public required IReadOnlyList<string> Columns { get; init; }

    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>Other names accepted for a column (normalised name → column).</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();

    public required DiagnosticCode UnknownColumn { get; init; }

    public required DiagnosticCode DuplicateColumn { get; init; }

    public required DiagnosticCode MissingColumn { get; init; }

    /// <summary>Columns of which the header needs at least one (the canonical layout's cycle or session).</summary>
    public IReadOnlyList<string> AnyOf { get; init; } = [];

    /// <summary>The message when the header has none of <see cref="AnyOf"/>.</summary>
    public string AnyOfMissing { get; init; } = string.Empty;

    /// <summary>What to do about a missing required column, after "the header has no 'x' column; ".</summary>
    public required string MissingAdvice { get; init; }

    /// <summary>The bound header; null when a column is unnamed, unknown, repeated or missing (each reported).</summary>
    public BoundHeader? Bind(RawRow header, RowReporter reporter)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        var names = HeaderNames.Trimmed(header.Cells);
        var known = string.Join(", ", Columns);
        for (var i = 0; i < names.Count; i++)
        {
            var name = HeaderNames.Normalise(names[i]);
            name = Aliases.GetValueOrDefault(name, name);
            if (name.Length == 0)
            {
                reporter.Error(UnknownColumn, $"column {i + 1} has no name; name it ({known}) or delete it", header.Line, i + 1);
                ok = false;
            }
            else if (!Columns.Contains(name))
            {
                var nearest = NearestName.Find(name, Columns);
                var hint = nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
                reporter.Error(UnknownColumn, $"unknown column '{names[i]}'{hint}; the columns of the {Layout} are: {known}", header.Line, i + 1);
                ok = false;
            }
            else if (!index.TryAdd(name, i))
            {
                reporter.Error(DuplicateColumn,
                    $"column '{names[i]}' appears twice (columns {index[name] + 1} and {i + 1}); keep one", header.Line, i + 1);
                ok = false;
            }
        }

        foreach (var missing in Required.Where(r => !index.ContainsKey(r)))
        {
            reporter.Error(MissingColumn, $"the header has no '{missing}' column; {MissingAdvice}", header.Line, 1);
            ok = false;
        }

        if (AnyOf.Count > 0 && !AnyOf.Any(index.ContainsKey))
        {
            reporter.Error(MissingColumn, AnyOfMissing, header.Line, 1);
            ok = false;
        }

        return ok ? new BoundHeader(index) : null;
    }
}
