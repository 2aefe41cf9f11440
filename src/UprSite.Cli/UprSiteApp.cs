using System.CommandLine;

namespace UprSite.Cli;

/// <summary>The <c>uprsite</c> command line: its commands, for Program and for tests.</summary>
public static class UprSiteApp
{
    public static RootCommand Create() => new("UprSite: builds a multilingual UPR advocacy website from input/ and theme/.")
    {
        BuildCommand.Create(),
        CheckCommand.Create(),
        ServeCommand.Create(),
        NewCommand.Create(),
        InitCommand.Create(),
    };

    public static int Run(string[] args) => Create().Parse(args).Invoke();
}
