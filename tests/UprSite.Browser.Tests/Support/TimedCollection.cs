namespace UprSite.Browser.Tests.Support;

/// <summary>
/// Test classes that assert how fast the browser does something: xunit runs this collection after every other one of
/// the project, alone, so no other test competes for the cores while it times.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "timed";
}
