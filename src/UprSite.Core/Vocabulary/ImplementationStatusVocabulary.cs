namespace UprSite.Core.Vocabulary;

/// <summary>The spellings coalitions use for implementation status, normalised ("fully", "implemented", "partial", "no info"…).</summary>
public static class ImplementationStatusVocabulary
{
    /// <summary>The statuses as implementation.csv writes them, in the order of <see cref="ImplementationStatus"/>.</summary>
    public static IReadOnlyList<string> Canonical { get; } =
        ["fully implemented", "partially implemented", "not implemented", "no information"];

    /// <summary>The key of a recommendation no rating assesses.</summary>
    public const string NotAssessed = "not-assessed";

    /// <summary>
    /// The canonical names as keys (downloads, CSS classes and custom properties, filters, UI-string names
    /// <c>data.status.&lt;key&gt;</c>): "fully-implemented" … "no-information", then "not-assessed"; in their natural order.
    /// </summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Canonical.Select(name => name.Replace(' ', '-')), NotAssessed];

    public static string Key(ImplementationStatus? status) => status is { } s ? Keys[(int)s] : NotAssessed;

    public static ImplementationStatus? Parse(string text)
    {
        var word = string.Join(' ', text.Trim().ToLowerInvariant().Replace('_', ' ').Replace('-', ' ')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return word switch
        {
            "fully implemented" or "fully" or "implemented" or "full" or "done" or "green" => ImplementationStatus.FullyImplemented,
            "partially implemented" or "partially" or "partial" or "in progress" or "amber" or "orange" or "yellow"
                => ImplementationStatus.PartiallyImplemented,
            "not implemented" or "not" or "none" or "no progress" or "red" => ImplementationStatus.NotImplemented,
            "no information" or "no info" or "unknown" or "n/a" or "na" or "grey" or "gray" => ImplementationStatus.NoInformation,
            _ => null,
        };
    }
}
