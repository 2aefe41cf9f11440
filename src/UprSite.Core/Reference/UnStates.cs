using System.Collections.Concurrent;
using UprSite.Core.Text;

namespace UprSite.Core.Reference;

/// <summary>
/// The 193 UN member States and the two observer States, and the resolution of any spelling of one of them
/// (compared after <see cref="NameFolding.Fold"/>) to the State.
/// </summary>
public static class UnStates
{
    private const int NearestCount = 3;

    public static IReadOnlyList<UnState> All { get; } = UnStateTable.Build();

    private static readonly Dictionary<string, UnState> ByAlpha2Code =
        All.ToDictionary(s => s.Alpha2, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, UnState> BySlugText = All.ToDictionary(s => s.Slug, StringComparer.Ordinal);

    private static readonly IReadOnlyList<(string Folded, object Entity)> Keys = [.. AllKeys()];

    private static readonly Dictionary<string, object> ByFolded = Index(Keys, k => k);

    private static readonly Dictionary<string, object> ByCompact = Index(Keys, k => k.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>The State with this ISO 3166-1 alpha-2 code (any case); null when none.</summary>
    public static UnState? ByAlpha2(string code) => ByAlpha2Code.GetValueOrDefault(code.Trim());

    public static UnState? BySlug(string slug) => BySlugText.GetValueOrDefault(slug);

    /// <summary>The name of the State a name stands for in the language ("en", "fr", "km"); the name itself when it is no State.</summary>
    public static string NameIn(string name, string language) => Resolve(name).State?.Name(language) ?? name;

    /// <summary>
    /// The State a name stands for: its UN names, ISO names or an alias, compared folded, then folded without spaces;
    /// a known non-State source (a blank name is <see cref="NonStateSources.Unknown"/>); else the nearest names.
    /// </summary>
    public static StateResolution Resolve(string? name)
    {
        var text = name ?? string.Empty;
        var folded = NameFolding.Fold(text);
        if (folded.Length == 0)
        {
            return new(text, StateResolutionKind.NonState, null, NonStateSources.Unknown, []);
        }

        if (ByFolded.TryGetValue(folded, out var entity) || ByCompact.TryGetValue(NameFolding.Compact(text), out entity))
        {
            return entity is UnState state
                ? new(text, StateResolutionKind.State, state, null, [])
                : new(text, StateResolutionKind.NonState, null, (NonStateSource)entity, []);
        }

        return new(text, StateResolutionKind.Unrecognised, null, null, NearestByFolded.GetOrAdd(folded, Nearest));
    }

    /// <summary>
    /// The <paramref name="count"/> States whose names are closest to <paramref name="name"/> (edit distance after
    /// folding), canonical English names, closest first — however far they are, for a hint that must name some.
    /// </summary>
    public static IReadOnlyList<string> Closest(string name, int count = NearestCount)
    {
        var folded = NameFolding.Fold(name);
        return Keys
            .Where(k => k.Entity is UnState)
            .Select(k => (k.Entity, Distance: NearestName.Distance(folded, k.Folded)))
            .GroupBy(k => k.Entity)
            .Select(g => (Name: g.Key.ToString()!, Distance: g.Min(k => k.Distance)))
            .OrderBy(n => n.Distance)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(n => n.Name)
            .ToList();
    }

    // An export repeats an unknown name on every row it holds: its nearest names are searched once.
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> NearestByFolded = new(StringComparer.Ordinal);

    private static IReadOnlyList<string> Nearest(string folded)
    {
        var limit = Math.Max(3, folded.Length / 3);
        return Keys
            .Select(k => (k.Entity, Distance: NearestName.Distance(folded, k.Folded)))
            .Where(k => k.Distance <= limit)
            .GroupBy(k => k.Entity)
            .Select(g => (Name: g.Key.ToString()!, Distance: g.Min(k => k.Distance)))
            .OrderBy(n => n.Distance)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(NearestCount)
            .Select(n => n.Name)
            .ToList();
    }

    private static IEnumerable<(string Folded, object Entity)> AllKeys() =>
        All.SelectMany(s => s.Names.Select(n => (NameFolding.Fold(n), (object)s)))
            .Concat(NonStateSources.All.SelectMany(n => n.Names.Select(a => (NameFolding.Fold(a), (object)n))))
            .Where(k => k.Item1.Length > 0)
            .Distinct();

    private static Dictionary<string, object> Index(IEnumerable<(string Folded, object Entity)> keys, Func<string, string> form)
    {
        var index = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (folded, entity) in keys)
        {
            if (!index.TryAdd(form(folded), entity) && !ReferenceEquals(index[form(folded)], entity))
            {
                throw new InvalidOperationException($"'{folded}' names both {index[form(folded)]} and {entity}");
            }
        }

        return index;
    }
}
