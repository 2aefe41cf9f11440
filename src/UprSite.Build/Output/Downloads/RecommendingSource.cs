using UprSite.Build.Compute;
using UprSite.Core.Reference;

namespace UprSite.Build.Output.Downloads;

/// <summary>
/// Who made a row's recommendation, as the downloads write it: <c>recommending_source</c> is "state", "organisation"
/// (a source that is no State, such as the European Union, named in <c>recommending_state</c>) or "not recorded",
/// for which <c>recommending_state</c> and its slug are empty rather than a made-up name such as "Unknown".
/// </summary>
public sealed record RecommendingSource(string? State, string? Slug, string Kind)
{
    public const string NotRecorded = "not recorded";

    public static RecommendingSource Of(CountryData data, string recommendingState) =>
        UnStates.Resolve(recommendingState).NonState switch
        {
            null => new(recommendingState, data.Slugs[recommendingState], "state"),
            { Key: var key } when key == NonStateSources.Unknown.Key => new(null, null, NotRecorded),
            _ => new(recommendingState, data.Slugs[recommendingState], "organisation"),
        };
}
