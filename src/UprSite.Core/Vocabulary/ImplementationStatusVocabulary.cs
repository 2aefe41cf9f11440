namespace UprSite.Core.Vocabulary;

/// <summary>The spellings coalitions use for implementation status, normalised ("fully", "implemented", "partial", "no info"…).</summary>
public static class ImplementationStatusVocabulary
{
    public static IReadOnlyList<string> Canonical { get; } =
        ["fully implemented", "partially implemented", "not implemented", "no information"];

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
