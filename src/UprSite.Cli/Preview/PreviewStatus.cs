using System.Text.Json;

namespace UprSite.Cli.Preview;

/// <summary>
/// What the preview serves and what the open pages are told: the last good build (null until the first), and the
/// errors of the latest build when it failed (empty when it built).
/// </summary>
public sealed record PreviewStatus(PreviewSite? Site, IReadOnlyList<PreviewProblem> Problems)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PreviewStatus Starting { get; } = new(null, []);

    /// <summary>The number of the build served; 0 before the first good one.</summary>
    public int Build => Site?.Number ?? 0;

    public bool Failed => Problems.Count > 0;

    /// <summary>The event sent to open pages: <c>{"status":"ok"|"failed","build":3,"problems":[{file,line,column,code,message}]}</c>.</summary>
    public string ToJson() =>
        JsonSerializer.Serialize(new StatusMessage(Failed ? "failed" : "ok", Build, Problems), Json);

    private sealed record StatusMessage(string Status, int Build, IReadOnlyList<PreviewProblem> Problems);
}
