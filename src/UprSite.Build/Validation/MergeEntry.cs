using UprSite.Core.Recommendations;
using UprSite.Import;

namespace UprSite.Build.Validation;

/// <summary>One row of one file as the merge sees it: the file's position in the list, what the file is, and the row.</summary>
internal sealed record MergeEntry(int File, string FileName, Recommendation Row)
{
    private string? _spaceFree;

    /// <summary>Cycle, State under Review and recommending State: only rows that share it can be one recommendation.</summary>
    public required string Who { get; init; }

    /// <summary>The text compared (<see cref="MergeText.Of"/>), with <see cref="MergeText.Lost"/> where the source lost a character.</summary>
    public required string Text { get; init; }

    public RecommendationSource Source { get; init; } = RecommendationSource.Canonical;

    /// <summary><see cref="Text"/> without its spaces: "health care" and "healthcare", "to article 8" and "toarticle8" agree.</summary>
    public string SpaceFree => _spaceFree ??= Text.Replace(" ", string.Empty, StringComparison.Ordinal);

    public bool HasParagraph => !string.IsNullOrWhiteSpace(Row.Paragraph);

    public string ParagraphSlug => HasParagraph ? RecommendationId.Slug(Row.Paragraph!) : string.Empty;

    public bool HasLostCharacter => Row.Text.Contains(MergeText.Lost, StringComparison.Ordinal);
}
