using System.CommandLine;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary><c>uprsite check</c>: every stage but Write; prints diagnostics, exits 1 on errors.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("check", "Check the input without writing anything; exit 1 when it has errors");
        options.AddTo(command);
        command.SetAction(result =>
        {
            var build = SiteBuilder.Build(options.Read(result, write: false));
            DiagnosticPrinter.Print(build, Console.Out, Console.Error, options.ReadFormat(result));
            if (build.Failure is { } failure)
            {
                throw failure;
            }

            LanguageGapsPrinter.Print(build, Console.Out);
            Console.WriteLine($"Checked: {DiagnosticPrinter.Summary(build)}.");
            return build.Succeeded ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }
}
