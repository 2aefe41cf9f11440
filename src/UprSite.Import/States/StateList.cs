using UprSite.Core.Reference;

namespace UprSite.Import.States;

/// <summary>What a text naming one or more recommending States was read as, in the order the text names them.</summary>
public sealed record StateList(
    IReadOnlyList<UnState> States,
    IReadOnlyList<NonStateSource> NonStates,
    IReadOnlyList<UnrecognisedState> Unrecognised)
{
    public static StateList Empty { get; } = new([], [], []);

    /// <summary>Every part of the text is a State.</summary>
    public bool IsOnlyStates => States.Count > 0 && NonStates.Count == 0 && Unrecognised.Count == 0;

    public StateList Concat(StateList other) =>
        new([.. States, .. other.States], [.. NonStates, .. other.NonStates], [.. Unrecognised, .. other.Unrecognised]);
}
