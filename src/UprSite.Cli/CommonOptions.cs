using System.CommandLine;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>The options every command shares: where the input, theme and output are, and how much to print.</summary>
public sealed class CommonOptions
{
    /// <summary>One instance for every command, so that code outside a command (the exception handler) can read it.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also print how long each build stage took, and the stack trace of an internal error (exit code 2)" };

    public static Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors only" };

    public Option<string> Input { get; } = new("--input") { Description = "Folder with site.yml and the content", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme")
    {
        Description = "Folder with the layouts, assets and UI strings (default: ./theme, else the theme that comes with the tool)",
        DefaultValueFactory = _ => Directory.Exists("theme") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme"),
    };

    public Option<string> Output { get; } = new("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => "_site" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Public address of the site (overrides base_url in site.yml)" };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "The day the UPR calendar on country pages counts from, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today), for reproducible builds",
    };

    public Option<DiagnosticFormat?> Format { get; } = new("--format")
    {
        Description = "How to print diagnostics: text (file(line,col): error …), github (annotations) or json (one JSON object a line); github when GITHUB_ACTIONS=true",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
        command.Options.Add(Input);
        command.Options.Add(Theme);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(Date);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Date) is { } date && ParseDate(date) is null)
            {
                result.AddError($"error UPR0222: --date should be a date written YYYY-MM-DD (for example 2026-12-01), not '{date}'");
            }

            if (result.GetValue(Quiet) && result.GetValue(Verbose))
            {
                result.AddError("--quiet and --verbose cannot be used together; choose one");
            }
        });
    }

    public DiagnosticFormat ReadFormat(ParseResult result) =>
        result.GetValue(Format) ?? DiagnosticPrinter.DefaultFormat(Environment.GetEnvironmentVariable);

    public CommandOutput ReadOutput(ParseResult result) =>
        new(ReadFormat(result), result.GetValue(Quiet), result.GetValue(Verbose));

    public BuildOptions Read(ParseResult result, bool write) =>
        new(result.GetValue(Input)!, result.GetValue(Theme)!, result.GetValue(Output)!, result.GetValue(BaseUrl), write)
        {
            Today = result.GetValue(Date) is { } date ? ParseDate(date) : null,
        };

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;
}
