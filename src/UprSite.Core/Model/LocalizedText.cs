namespace UprSite.Core.Model;

/// <summary>A text given in several languages (site title, country names…), read with a fallback language.</summary>
public sealed class LocalizedText
{
    private readonly SortedDictionary<string, string> _byLanguage;

    public LocalizedText(IEnumerable<KeyValuePair<string, string>> byLanguage) =>
        _byLanguage = new SortedDictionary<string, string>(
            byLanguage.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value.Trim()),
            StringComparer.Ordinal);

    public static LocalizedText Empty { get; } = new([]);

    public static LocalizedText Of(string language, string text) => new([new(language, text)]);

    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    public bool IsEmpty => _byLanguage.Count == 0;

    public bool Has(string language) => _byLanguage.ContainsKey(language);

    /// <summary>The text in <paramref name="language"/>, else in <paramref name="fallback"/>, else any; empty when none.</summary>
    public string Get(string language, string fallback) =>
        _byLanguage.TryGetValue(language, out var text) ? text
        : _byLanguage.TryGetValue(fallback, out var fallbackText) ? fallbackText
        : _byLanguage.Values.FirstOrDefault() ?? string.Empty;
}
