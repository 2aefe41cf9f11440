using UprSite.Core.Model;

namespace UprSite.Import;

/// <summary>
/// Tells whether a row's State under Review is this country: its ISO code (the folder name), any of its names in
/// country.yml, or one of its aliases — ignoring case and extra spaces.
/// </summary>
public sealed class StateUnderReviewMatcher
{
    private readonly HashSet<string> _names;

    public StateUnderReviewMatcher(Country country)
    {
        _names = new HashSet<string>(StringComparer.Ordinal) { Key(country.Code) };
        foreach (var language in country.Name.Languages)
        {
            _names.Add(Key(country.Name.Get(language, language)));
        }

        foreach (var alias in country.Aliases)
        {
            _names.Add(Key(alias));
        }

        DisplayName = country.Aliases.FirstOrDefault() ?? country.Code.ToUpperInvariant();
    }

    /// <summary>The name to write in rows that do not say which State they concern.</summary>
    public string DisplayName { get; }

    public bool Matches(string stateUnderReview) => _names.Contains(Key(stateUnderReview));

    private static string Key(string name) =>
        string.Join(' ', name.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
