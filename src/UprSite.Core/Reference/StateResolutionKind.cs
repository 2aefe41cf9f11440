namespace UprSite.Core.Reference;

/// <summary>What a name given as a State turned out to be.</summary>
public enum StateResolutionKind
{
    /// <summary>A UN member or observer State.</summary>
    State,

    /// <summary>A known source that is not a State (also a blank name).</summary>
    NonState,

    /// <summary>Neither: the caller reports it with the nearest names.</summary>
    Unrecognised,
}
