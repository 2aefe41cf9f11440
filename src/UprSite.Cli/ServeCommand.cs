using System.CommandLine;

namespace UprSite.Cli;

/// <summary><c>uprsite serve</c>: builds, serves on 127.0.0.1, rebuilds on changes and reloads open pages (docs/preview.md).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError("--port must be a number from 1 to 65535");
            }
        });
        var command = new Command("serve", "Build, serve on http://127.0.0.1:<port>/ with netlify.toml's headers, rebuild when input/ or theme/ change and reload the open page");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction((result, cancel) => new PreviewServer(options.Read(result, write: true) with { Drafts = true }, result.GetValue(port)).RunAsync(cancel));
        return command;
    }
}
