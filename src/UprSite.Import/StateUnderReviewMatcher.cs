using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Text;

namespace UprSite.Import;

/// <summary>
/// Tells whether a row's State under Review is this country: its ISO code (the folder name), any of its names in
/// country.yml or its aliases, or any spelling the UN States table knows for the State with that code — all compared
/// after <see cref="NameFolding.Fold"/> (case, accents, apostrophes, brackets).
/// </summary>
public sealed class StateUnderReviewMatcher
{
    private const int NearestCount = 3;

    private readonly HashSet<string> _names;
    private readonly UnState? _state;

    public StateUnderReviewMatcher(Country country)
    {
        _state = UnStates.ByAlpha2(country.Code);
        _names = new HashSet<string>(StringComparer.Ordinal) { NameFolding.Fold(country.Code) };
        foreach (var language in country.Name.Languages)
        {
            _names.Add(NameFolding.Fold(country.Name.Get(language, language)));
        }

        foreach (var alias in country.Aliases)
        {
            _names.Add(NameFolding.Fold(alias));
        }

        DisplayName = country.Aliases.FirstOrDefault() ?? _state?.EnglishName ?? country.Code.ToUpperInvariant();
    }

    /// <summary>The name to write in rows that do not say which State they concern.</summary>
    public string DisplayName { get; }

    public bool Matches(string stateUnderReview) =>
        _names.Contains(NameFolding.Fold(stateUnderReview))
        || (_state is not null && ReferenceEquals(UnStates.Resolve(stateUnderReview).State, _state));

    /// <summary>The spellings among <paramref name="found"/> closest to this country's names, closest first.</summary>
    public IReadOnlyList<string> Nearest(IEnumerable<string> found)
    {
        var known = _names.Concat(_state?.Names.Select(NameFolding.Fold) ?? []).Where(n => n.Length > 0).Distinct().ToList();
        return found
            .Select(name => (Name: name, Distance: known.Min(n => NearestName.Distance(NameFolding.Fold(name), n))))
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(NearestCount)
            .Select(p => p.Name)
            .ToList();
    }
}
