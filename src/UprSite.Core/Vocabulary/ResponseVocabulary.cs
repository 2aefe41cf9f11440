namespace UprSite.Core.Vocabulary;

/// <summary>
/// The words exports use for responses, normalised: accepted → supported; accepted in part, not supported,
/// rejected → noted (UPR Info's convention); pending / no response → pending.
/// </summary>
public static class ResponseVocabulary
{
    /// <summary>The words a message lists for a response it cannot read (an empty cell is pending too).</summary>
    public static IReadOnlyList<string> Words { get; } =
        ["supported", "accepted", "noted", "not supported", "rejected", "accepted in part", "pending"];

    public static Response? Parse(string text)
    {
        var word = string.Join(' ', text.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return word switch
        {
            "supported" or "accepted" or "support" or "accept" => Response.Supported,
            "noted" or "not supported" or "rejected" or "accepted in part" or "partially accepted" or "partially supported"
                or "supported in part" or "note" => Response.Noted,
            "pending" or "no response" or "" => Response.Pending,
            _ => null,
        };
    }
}
