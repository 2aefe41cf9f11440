using UprSite.Core.Diagnostics;

namespace UprSite.Cli.Preview;

/// <summary>One error the open page shows in its overlay: where (file, line, column), which code, what to fix.</summary>
public sealed record PreviewProblem(string File, int Line, int Column, string Code, string Message)
{
    public static PreviewProblem From(Diagnostic diagnostic) =>
        new(diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Code, diagnostic.Message);

    /// <summary>A bug of the tool met while building: shown like a user error, but saying whose it is.</summary>
    public static PreviewProblem From(Exception exception) =>
        new("uprsite", 0, 0, "internal error",
            $"{exception.GetType().Name}: {exception.Message} — a bug in uprsite, not in your files; the console shows where it happened. " +
            "Please report it with that output.");
}
