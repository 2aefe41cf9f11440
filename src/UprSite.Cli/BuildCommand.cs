using System.CommandLine;
using System.Diagnostics;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary><c>uprsite build</c>: builds the site into the output folder, or leaves it untouched on errors.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("build", "Build the site into the output folder (the previous output stays if the build fails)");
        options.AddTo(command);
        command.SetAction(result => Run(options.Read(result, write: true), format: options.ReadFormat(result)));
        return command;
    }

    public static int Run(BuildOptions options, bool showWhereToOpen = true, DiagnosticFormat format = DiagnosticFormat.Text)
    {
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options);
        DiagnosticPrinter.Print(result, Console.Out, Console.Error, format);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Summary(result)}. {options.OutputDir}/ was left as it was.");
            return ExitCodes.InputErrors;
        }

        var pages = result.Output!.HtmlPages.Count();
        Console.WriteLine($"Built {pages} pages ({result.Output.Files.Count} files) into {options.OutputDir}/ in {clock.ElapsedMilliseconds} ms; {DiagnosticPrinter.Summary(result)}.");
        if (showWhereToOpen)
        {
            var home = Path.Combine(options.OutputDir, result.Site!.Settings.DefaultLanguage.Code, "index.html");
            Console.WriteLine($"Open {home} in a browser, or run 'uprsite serve' for a live preview.");
        }

        return ExitCodes.Success;
    }
}
