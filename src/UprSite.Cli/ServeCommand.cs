using System.CommandLine;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary><c>uprsite serve</c>: builds, serves on 127.0.0.1, rebuilds on changes and reloads open pages.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Build, serve on http://127.0.0.1:<port>/ and rebuild when input/ or theme/ change");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction((result, cancel) => CultureData.IsAvailable
            ? new PreviewServer(options.Read(result, write: true), result.GetValue(port)).RunAsync(cancel)
            : Task.FromResult(Refuse()));
        return command;
    }

    /// <summary>Without culture data serve would show wrong dates and numbers; it refuses before it builds or listens.</summary>
    private static int Refuse()
    {
        Console.Error.WriteLine(CultureData.MissingError());
        return ExitCodes.ToolFailed;
    }
}
