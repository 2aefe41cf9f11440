using Spectre.Console;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>
/// Runs a build with progress on standard error: a live bar when standard error is a terminal, plain lines when it
/// is not, nothing with <c>--quiet</c>. Standard output stays for diagnostics and the summary.
/// </summary>
public static class ProgressDisplay
{
    public static BuildResult Build(BuildOptions options, CommandOutput output)
    {
        if (output.Quiet || !options.Pdf)
        {
            return SiteBuilder.Build(options);
        }

        if (Console.IsErrorRedirected)
        {
            return SiteBuilder.Build(options with { Progress = new PlainProgress(Console.Error) });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => SiteBuilder.Build(options with { Progress = new TerminalProgress(context) }));
    }
}
