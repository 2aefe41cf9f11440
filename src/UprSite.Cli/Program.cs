using System.CommandLine;
using UprSite.Cli;

var root = new RootCommand("UprSite: builds a multilingual UPR advocacy website from input/ and theme/.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
};
return root.Parse(args).Invoke();
