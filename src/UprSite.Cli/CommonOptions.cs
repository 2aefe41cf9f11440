using System.CommandLine;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>The options every command shares: where the input, theme and output are.</summary>
public sealed class CommonOptions
{
    /// <summary>On every command (a recursive option of the root): an internal error is printed with its stack trace.</summary>
    public const string VerboseName = "--verbose";

    public static Option<bool> CreateVerbose() => new(VerboseName)
    {
        Description = "Print more: on an internal error (exit code 2), its stack trace for the report",
        Recursive = true,
    };

    public Option<string> Input { get; } = new("--input") { Description = "Folder with site.yml and the content", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme")
    {
        Description = "Folder with the layouts, assets and UI strings (default: ./theme, else the theme that comes with the tool)",
        DefaultValueFactory = _ => Directory.Exists("theme") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme"),
    };

    public Option<string> Output { get; } = new("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => "_site" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Public address of the site (overrides base_url in site.yml)" };

    public Option<DiagnosticFormat?> Format { get; } = new("--format")
    {
        Description = "How to print diagnostics: text (file(line,col): error …) or github (annotations); github when GITHUB_ACTIONS=true",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Input);
        command.Options.Add(Theme);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
    }

    public DiagnosticFormat ReadFormat(ParseResult result) =>
        result.GetValue(Format) ?? DiagnosticPrinter.DefaultFormat(Environment.GetEnvironmentVariable);

    public BuildOptions Read(ParseResult result, bool write) =>
        new(result.GetValue(Input)!, result.GetValue(Theme)!, result.GetValue(Output)!, result.GetValue(BaseUrl), write);
}
