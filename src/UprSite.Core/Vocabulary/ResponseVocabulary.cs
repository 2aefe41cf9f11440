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

    /// <summary>The words a message lists for a response it cannot read (an empty cell is pending too).</summary>
    public static IReadOnlyList<string> Words { get; } =
        ["supported", "accepted", "noted", "not supported", "rejected", "partly supported", "accepted in part", "pending"];

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
        return word switch
        {
            "supported" or "accepted" or "support" or "accept" => Response.Supported,
            "noted" or "not supported" or "rejected" or "note" => Response.Noted,
            "partly supported" or "partly-supported" or "partly_supported" or "accepted in part" or "partially accepted"
                or "partially supported" or "supported in part" or "supported/noted" or "supported / noted" => Response.PartlySupported,
            "pending" or "no response" or "" => Response.Pending,
            _ => null,
        };
    }
}
