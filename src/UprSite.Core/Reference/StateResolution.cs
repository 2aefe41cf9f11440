namespace UprSite.Core.Reference;

/// <summary>
/// The result of <see cref="UnStates.Resolve"/>: the State, or the known non-State source, or neither with the
/// nearest known names (canonical English names, closest first) for a "did you mean" hint.
/// </summary>
public sealed record StateResolution(
    string Name,
    StateResolutionKind Kind,
    UnState? State,
    NonStateSource? NonState,
    IReadOnlyList<string> Nearest)
{
    public bool IsState => Kind == StateResolutionKind.State;
}
