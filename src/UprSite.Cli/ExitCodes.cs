namespace UprSite.Cli;

/// <summary>0 success, 1 the input has errors, 2 the tool itself failed.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int ToolFailed = 2;
}
