namespace UprSite.Core.Reference;

/// <summary>What an SDG label in a source names.</summary>
public enum SdgLabelKind
{
    /// <summary>A goal or a target ("16", "16.10", "16. Peace, justice and strong institutions", "Gender equality").</summary>
    Code,

    /// <summary>The source says the recommendation is linked to no goal ("No SDG link identified").</summary>
    NoLink,

    /// <summary>Written as a goal or target number, but none exists ("18", "16.x", "Goal 19").</summary>
    NotACode,

    /// <summary>A name that is no goal's name.</summary>
    Unknown,
}
