namespace UprSite.Build.Compute;

/// <summary>One filter of the explorer: the values the rows hold, in the order its select lists them, and how many rows hold each.</summary>
/// <param name="Name">The select's name, the query parameter that presets it and the key of its column in the explorer's index.</param>
/// <param name="Multiple">Whether a row may hold several of its values (themes, SDG goals).</param>
public sealed record ExplorerFilter(string Name, bool Multiple, IReadOnlyList<string> Values, IReadOnlyList<int> Counts);
