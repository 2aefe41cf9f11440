namespace UprSite.Core.Recommendations;

/// <summary>A verb phrase of the scale found in a recommendation's opening, from token <c>Start</c> up to <c>End</c>.</summary>
internal readonly record struct VerbAt(ActionPhrase Phrase, int Start, int End);
