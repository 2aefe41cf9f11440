namespace UprSite.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,

    /// <summary>Not a problem: what the build did with the input (for example how many rows of an export it used).</summary>
    Info,
}
