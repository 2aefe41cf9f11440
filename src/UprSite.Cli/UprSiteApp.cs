using System.CommandLine;

namespace UprSite.Cli;

/// <summary>
/// The <c>uprsite</c> command line: its commands, for Program and for tests, and the one handler every exception
/// ends in (System.CommandLine's own, which prints "Unhandled exception" and exits 1, is turned off).
/// </summary>
public static class UprSiteApp
{
    public static RootCommand Create() => new("UprSite: builds a multilingual UPR advocacy website from input/ and theme/.")
    {
        BuildCommand.Create(),
        CheckCommand.Create(),
        ServeCommand.Create(),
        NewCommand.Create(),
        InitCommand.Create(),
        ImportCommand.Create(),
    };

    public static int Run(string[] args) => Invoke(Create(), args);

    /// <summary>Runs a command line; an exception from any command is reported as an internal error, exit code 2.</summary>
    public static int Invoke(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            Console.Out.Flush();
            return InternalErrorReport.Write(e, Verbose(parse), Console.Error);
        }
    }

    /// <summary>--verbose, on the commands that have it (build, check, serve); false on the others.</summary>
    private static bool Verbose(ParseResult parse) =>
        parse.CommandResult.Command.Options.Contains(CommonOptions.Verbose) && parse.GetValue(CommonOptions.Verbose);
}
