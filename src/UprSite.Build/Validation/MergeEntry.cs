using UprSite.Core.Recommendations;

namespace UprSite.Build.Validation;

/// <summary>One row of one file as the merge sees it: the file's position in the list and the row.</summary>
internal sealed record MergeEntry(int File, string FileName, Recommendation Row)
{
    /// <summary>Cycle, State under Review and recommending State: only rows that share it can be one recommendation.</summary>
    public required string Who { get; init; }

    /// <summary>The text compared (<see cref="MergeText.Of"/>), with <see cref="MergeText.Lost"/> where the source lost a character.</summary>
    public required string Text { get; init; }

    public bool HasParagraph => !string.IsNullOrWhiteSpace(Row.Paragraph);

    public bool HasLostCharacter => Row.Text.Contains(MergeText.Lost, StringComparison.Ordinal);
}
