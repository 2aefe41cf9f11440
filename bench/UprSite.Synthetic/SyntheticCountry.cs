using UprSite.Core.Reference;

namespace UprSite.Synthetic;

/// <summary>
/// A State under Review of the made-up site: its place in the reference table (which fixes its sessions and documents,
/// whatever else is generated), the States that recommend to it and how many rows it receives.
/// </summary>
public sealed record SyntheticCountry(UnState State, int Position, IReadOnlyList<UnState> Recommenders, int Rows)
{
    public string Folder => State.Alpha2.ToLowerInvariant();

    /// <summary>The Working Group session of its review in a cycle 1–4 (sessions 1–12, 13–26, 27–40, 41–47).</summary>
    public int Session(int cycle) => cycle switch
    {
        1 => 1 + (Position % 12),
        2 => 13 + (Position % 14),
        3 => 27 + (Position % 14),
        _ => 41 + (Position % 7),
    };

    /// <summary>The symbol of the Working Group report of a cycle, adopted at a Council session of that cycle.</summary>
    public string Report(int cycle)
    {
        var council = cycle switch { 1 => 12, 2 => 22, 3 => 37, _ => 53 } + (Position % 6);
        return $"A/HRC/{council}/{1 + (Position % 20)}";
    }

    /// <summary>The section of the report whose paragraphs hold the recommendations ("118" in 118.29).</summary>
    public int Section(int cycle) => 100 + (cycle * 10) + (Position % 5);
}
