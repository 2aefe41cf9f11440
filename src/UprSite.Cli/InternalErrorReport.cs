using UprSite.Build.Pipeline;
using UprSite.Core.Diagnostics;

namespace UprSite.Cli;

/// <summary>
/// How a bug is reported: after the diagnostics found before it (its caller prints those), one line
/// <c>uprsite: error UPR9001: internal error …</c> saying where it happened and how to report it; the stack trace with
/// <c>--verbose</c>. The exit code is 2: the tool failed, not the input.
/// </summary>
public static class InternalErrorReport
{
    public static int Write(Exception exception, bool verbose, TextWriter error)
    {
        var (where, cause) = exception is StageFailedException { InnerException: { } inner } failed
            ? ($" in the {failed.Stage} stage", inner)
            : (string.Empty, exception);
        error.WriteLine(
            $"uprsite: error {DiagnosticCodes.InternalError.Id}: internal error{where} ({cause.GetType().Name}: {OneLine(cause.Message)}). " +
            "This is a bug in UprSite, not a mistake in your input: please report it with the command you ran and this message.");
        error.WriteLine(verbose ? cause.ToString() : $"Run the same command with {CommonOptions.Verbose.Name} to add the stack trace to the report.");
        return ExitCodes.ToolFailed;
    }

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").TrimEnd('.');
}
