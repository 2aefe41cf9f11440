namespace UprSite.Cli.Tests;

/// <summary>Runs the uprsite command line in-process and captures what it prints.</summary>
public static class ConsoleCapture
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(() => UprSiteApp.Run(args));

    /// <summary>Runs any command line code (a root command with extra commands, for instance) the same way.</summary>
    public static (int ExitCode, string Out, string Error) Run(Func<int> run)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = run();
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
