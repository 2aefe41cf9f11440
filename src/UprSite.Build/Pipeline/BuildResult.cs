using UprSite.Build.Output;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Pipeline;

/// <summary>What a build produced: its diagnostics, and the model and output when it got that far.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, Site? Site, OutputSet? Output)
{
    /// <summary>What printing did, when the build printed PDFs.</summary>
    public PrintReport? Print { get; init; }

    /// <summary>How long each stage took, in the order they ran (only the stages that ran).</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>The bug that stopped the build, if one did; <see cref="Diagnostics"/> then holds what was found before it.</summary>
    public StageFailedException? Failure { get; init; }

    public bool Succeeded => Failure is null && !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Per language, what is not translated yet (empty when the build stopped before Validate).</summary>
    public IReadOnlyList<UprSite.Build.I18n.LanguageGaps> LanguageGaps { get; init; } = [];
}
