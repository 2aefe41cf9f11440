namespace UprSite.Build.Validation;

/// <summary>How a row was found to be the same recommendation as a row of another file, beyond the same text or paragraph.</summary>
internal enum MergeJoinKind
{
    /// <summary>The same text and State, but the two files number it as different paragraphs.</summary>
    OtherParagraph,

    /// <summary>The same text once spaces are set aside ("health care" / "healthcare").</summary>
    Spacing,

    /// <summary>The row's text is one State's part of a paragraph that clusters several States' recommendations.</summary>
    ClauseOfParagraph,

    /// <summary>The texts differ by a few letters (<see cref="NearText"/>).</summary>
    NearText,
}
