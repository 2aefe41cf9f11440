namespace UprSite.Build.Pipeline;

/// <summary>A stage of the build threw: a bug in the tool, not a mistake in the input. Wraps what it threw.</summary>
public sealed class StageFailedException(string stage, Exception inner)
    : Exception($"the {stage} stage failed: {inner.GetType().Name}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
