using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using UprSite.Build.Output;
using UprSite.Build.Pipeline;
using UprSite.Build.Writing;
using UprSite.Cli.Preview;
using UprSite.Core.Diagnostics;
using UprSite.Core.Text;

namespace UprSite.Cli;

/// <summary>
/// The preview behind <c>uprsite serve</c>: serves the last good build from memory on 127.0.0.1, rebuilds when
/// input/ or theme/ change, and tells open pages through server-sent events to reload, or to show the errors of a
/// build that failed (no live-reload package is served here). Requests are answered by <see cref="PreviewResponder"/>.
/// </summary>
public sealed class PreviewServer(BuildOptions options, int port)
{
    // An editor saves in a burst of events a few milliseconds apart (write, or a temporary file renamed): waiting this
    // long after the last one builds once per save without holding the preview back.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly PreviewEvents _events = new();
    private readonly BuildMemory _memory = new();
    private readonly OutputUpdate _output = new(options.OutputDir);
    private int _goodBuilds;
    private bool _stopped;

    /// <summary>
    /// The build to run, in memory; null: the pipeline's, with what the previous build left (<see cref="BuildMemory"/>),
    /// so that an edit renders again only the pages it changes. A test may put a failing one in its place.
    /// </summary>
    public Func<BuildOptions, BuildResult>? Builder { get; init; }

    public TextWriter Out { get; init; } = Console.Out;

    public TextWriter Error { get; init; } = Console.Error;

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        var headers = PreviewHeaders.For(options.InputDir);
        if (headers.Problem is { } problem)
        {
            Error.WriteLine("warning: " + problem);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.Run(new PreviewResponder(_events, headers, app.Lifetime.ApplicationStopping).RespondAsync);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            Error.WriteLine(e.InnerException is AddressInUseException
                ? $"error: port {port} on 127.0.0.1 is already in use (another 'uprsite serve'?). Stop it, or serve on a free port: uprsite serve --port {FreePort.After(port)}"
                : $"error: cannot listen on 127.0.0.1:{port} ({e.Message}); try another port: uprsite serve --port {FreePort.After(port)}");
            return ExitCodes.InputErrors;
        }

        // Watching starts first, so that an edit saved during the first build is built too.
        using var watchers = Watch(options.InputDir, options.ThemeDir);
        await RebuildAsync();
        Out.WriteLine($"Serving on http://127.0.0.1:{port}/ with {headers.Source}; edits to {options.InputDir}/ and {options.ThemeDir}/ rebuild and reload the open page. Ctrl+C stops.");
        await Task.Delay(Timeout.Infinite, cancel).ContinueWith(_ => { }, TaskScheduler.Default);
        // A rebuild under way (it may be writing the output folder) ends before serve does; none starts after.
        await _building.WaitAsync();
        _stopped = true;
        _building.Release();
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Success;
    }

    private async Task RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            if (!_stopped)
            {
                Rebuild();
            }
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>A good build replaces what is served; a failed one, or a bug, leaves the last good build served and shows why.</summary>
    private void Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var served = _events.Current.Site;
        var keeping = served is null ? "Nothing to serve until the site builds" : "Still serving the last good build";
        try
        {
            // Built in memory and served first; the output folder is written after, for the next edit not to wait on it.
            var inMemory = options with { Write = false };
            var result = Builder is { } builder ? builder(inMemory) : SiteBuilder.Build(inMemory, _memory);
            DiagnosticPrinter.Print(result, Out, Error, DiagnosticFormat.Text);
            if (result.Failure is { } failure)
            {
                throw failure;
            }

            if (result.Succeeded && result.Output is { } output)
            {
                var site = PreviewSite.From(Interlocked.Increment(ref _goodBuilds), output);
                _events.Publish(new PreviewStatus(site, []));
                var servedAfter = clock.ElapsedMilliseconds;
                WriteOutput(output);
                Out.WriteLine($"Built {output.HtmlPages.Count()} pages ({site.FileCount} files) in {servedAfter} ms{Reuse()}; {DiagnosticPrinter.Summary(result)}.");
                return;
            }

            _events.Publish(new PreviewStatus(served, result.Diagnostics.Where(d => d.IsError).Select(PreviewProblem.From).ToList()));
            Error.WriteLine($"Build failed: {DiagnosticPrinter.Summary(result)}. {keeping}; the open page shows the errors.");
        }
        catch (Exception e)
        {
            // A bug must not end the preview, nor pass unseen: it is printed and shown like the user's errors.
            Error.WriteLine($"error: internal error while building (a bug in uprsite, not in your files; please report it with this output): {e}");
            _events.Publish(new PreviewStatus(served, [PreviewProblem.From(e)]));
            Error.WriteLine($"{keeping}; the open page shows the error.");
        }
    }

    /// <summary>The good build into the output folder: the whole of it the first time, then the files that changed (<see cref="OutputUpdate"/>).</summary>
    private void WriteOutput(OutputSet output)
    {
        if (!options.Write)
        {
            return;
        }

        var diagnostics = new DiagnosticList();
        _output.Write(output, diagnostics);
        foreach (var diagnostic in diagnostics.Items)
        {
            Error.WriteLine(diagnostic);
        }
    }

    private string Reuse() => Builder is null && _goodBuilds > 1
        ? $" ({CountedNoun.Of(_memory.Pages.Rendered, "page rendered", "pages rendered")}, {_memory.Pages.Reused} unchanged kept)"
        : string.Empty;

    private Watchers Watch(params string[] folders)
    {
        var debounce = new Timer(_ => _ = RebuildAsync());
        var watchers = folders.Where(Directory.Exists).Select(folder =>
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            FileSystemEventHandler changed = (_, _) => debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
            // Too many changes at once overflow the watcher's buffer: build anyway rather than miss one.
            watcher.Error += (_, _) => debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
            return watcher;
        }).ToList();
        return new Watchers(watchers, debounce);
    }

    private sealed record Watchers(IReadOnlyList<FileSystemWatcher> Items, Timer Debounce) : IDisposable
    {
        public void Dispose()
        {
            foreach (var watcher in Items)
            {
                watcher.Dispose();
            }

            Debounce.Dispose();
        }
    }
}
