namespace UprSite.Import.States;

/// <summary>A name given as a recommending State that is no known State, with the nearest known names (closest first).</summary>
public sealed record UnrecognisedState(string Name, IReadOnlyList<string> Nearest)
{
    /// <summary>"'Sierra Leon' (nearest: Sierra Leone)" or "'Xyz' (no State has a similar name)".</summary>
    public string Describe() => Nearest.Count > 0
        ? $"'{Name}' (nearest: {string.Join(", ", Nearest)})"
        : $"'{Name}' (no State has a similar name)";
}
