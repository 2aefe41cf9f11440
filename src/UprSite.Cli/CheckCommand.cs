using System.CommandLine;

namespace UprSite.Cli;

/// <summary><c>uprsite check</c>: every stage but Write; prints diagnostics, exits 1 on errors.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("check", "Check the input without writing anything; exit 1 when it has errors");
        options.AddTo(command);
        command.Options.Add(BuildCommand.Drafts);
        command.SetAction(result =>
        {
            var output = options.ReadOutput(result);
            var build = ProgressDisplay.Build(options.Read(result, write: false) with { Drafts = result.GetValue(BuildCommand.Drafts) }, output);
            DiagnosticPrinter.Print(build, Console.Out, Console.Error, output);
            if (build.Failure is { } failure)
            {
                throw failure;
            }

            if (output.Verbose)
            {
                DiagnosticPrinter.PrintTimings(build, output.Messages);
            }

            if (!output.Quiet)
            {
                LanguageGapsPrinter.Print(build, output.Messages);
                output.Messages.WriteLine($"Checked: {DiagnosticPrinter.Summary(build)}.");
            }

            return build.Succeeded ? ExitCodes.Success
                : build.Diagnostics.Any(DiagnosticPrinter.IsToolFailure) ? ExitCodes.ToolFailed : ExitCodes.InputErrors;
        });
        return command;
    }
}
