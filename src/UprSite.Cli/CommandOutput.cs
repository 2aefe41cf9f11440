namespace UprSite.Cli;

/// <summary>How much a command prints and in which form (<c>--format</c>, <c>--quiet</c>, <c>--verbose</c>).</summary>
/// <param name="Quiet">Errors only: no warnings, no information, no summary on success.</param>
/// <param name="Verbose">Also the time each build stage took.</param>
public sealed record CommandOutput(DiagnosticFormat Format, bool Quiet = false, bool Verbose = false)
{
    public static CommandOutput Default { get; } = new(DiagnosticFormat.Text);

    /// <summary>Where messages for people go: standard error in JSON format, so that standard output is only JSON lines.</summary>
    public TextWriter Messages => Format == DiagnosticFormat.Json ? Console.Error : Console.Out;
}
