namespace UprSite.Build.Pipeline;

/// <summary>
/// Told about long work while a build runs (today: printing PDFs), so that the command line can show progress.
/// Called from whichever thread finished the step.
/// </summary>
public interface IBuildProgress
{
    /// <param name="stage">The stage, as named in <see cref="StageTiming"/> (print).</param>
    /// <param name="done">Steps finished so far; 0 when the stage starts.</param>
    /// <param name="total">Steps the stage will take.</param>
    /// <param name="item">What was just finished (an output path), or what the stage is doing when it starts.</param>
    void Report(string stage, int done, int total, string item);
}
