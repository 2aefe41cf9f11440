namespace UprSite.Core.Vocabulary;

/// <summary>
/// The words exports use for responses, normalised: accepted → supported; not supported, rejected → noted;
/// accepted in part, supported/noted → partly supported (a value of its own, counted neither supported nor noted);
/// pending / no response → pending.
/// </summary>
public static class ResponseVocabulary
{
    /// <summary>
    /// The key each response is written with wherever it is a name rather than a word for readers: downloads (CSV,
    /// JSON), CSS classes, filters and UI-string names (<c>data.response.&lt;key&gt;</c>); in the responses' natural order.
    /// </summary>
    public static IReadOnlyList<string> Keys { get; } = ["supported", "noted", "partly-supported", "pending"];

    /// <summary>Every word read as each response (compared lower-case, spaces collapsed), the key's own word first.</summary>
    public static IReadOnlyList<(Response Response, IReadOnlyList<string> Words)> Synonyms { get; } =
    [
        (Response.Supported, ["supported", "accepted", "support", "accept"]),
        (Response.Noted, ["noted", "not supported", "rejected", "note"]),
        (Response.PartlySupported,
            ["partly supported", "partly-supported", "partly_supported", "supported/noted", "supported / noted", "supported in part",
             "accepted in part", "partially accepted", "partially supported"]),
        (Response.Pending, ["pending", "no response"]),
    ];

    /// <summary>The words a message lists for a response it cannot read (an empty cell is pending too): every word read.</summary>
    public static IReadOnlyList<string> Words { get; } = [.. Synonyms.SelectMany(s => s.Words)];

    private static readonly Dictionary<string, Response> ByWord =
        Synonyms.SelectMany(s => s.Words.Select(w => (w, s.Response))).ToDictionary(p => p.w, p => p.Response, StringComparer.Ordinal);

    public static string Key(Response response) => response switch
    {
        Response.Supported => "supported",
        Response.Noted => "noted",
        Response.PartlySupported => "partly-supported",
        _ => "pending",
    };

    public static Response? Parse(string text)
    {
        var word = string.Join(' ', text.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return word.Length == 0 ? Response.Pending : ByWord.TryGetValue(word, out var response) ? response : null;
    }

    /// <summary>"supported (or accepted, support, accept); noted (or …); …" for a message listing what may be written.</summary>
    public static string Described() => string.Join("; ", Synonyms.Select(s =>
        $"'{s.Words[0]}' (or {string.Join(", ", s.Words.Skip(1).Select(w => $"'{w}'"))})"));
}
