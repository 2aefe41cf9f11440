namespace UprSite.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
