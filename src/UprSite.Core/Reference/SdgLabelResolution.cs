namespace UprSite.Core.Reference;

/// <summary>An SDG label read: the goal or target it names, or why it names none.</summary>
/// <param name="Code">For <see cref="SdgLabelKind.Code"/>: the goal or target in its plain form ("16", "16.10").</param>
/// <param name="Nearest">For <see cref="SdgLabelKind.Unknown"/>: the goal whose name is closest, when one is close.</param>
public sealed record SdgLabelResolution(SdgLabelKind Kind, string? Code = null, SdgGoal? Nearest = null);
