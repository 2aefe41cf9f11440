namespace UprSite.Cli.Tests;

/// <summary>CLI tests redirect the process's console, so they never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    public const string Name = "cli";
}
