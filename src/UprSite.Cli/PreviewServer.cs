using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>
/// The preview behind <c>uprsite serve</c>: serves the output folder on 127.0.0.1, rebuilds when input/ or theme/
/// change, and tells open pages to reload through server-sent events (no live-reload package is served here).
/// </summary>
public sealed class PreviewServer(BuildOptions options, int port)
{
    private const string EventsPath = "/__uprsite/events";
    private const string ScriptPath = "/__uprsite/reload.js";
    private const string ReloadScript = "new EventSource('" + EventsPath + "').onmessage = () => location.reload();\n";

    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly FileExtensionContentTypeProvider _contentTypes = new();
    private TaskCompletionSource _rebuilt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationToken _stopping;

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        await RebuildAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        _stopping = app.Lifetime.ApplicationStopping;
        app.MapGet(EventsPath, StreamEventsAsync);
        app.MapGet(ScriptPath, () => Results.Text(ReloadScript, "text/javascript"));
        app.MapFallback(ServeFileAsync);

        using var watcher = Watch(options.InputDir, options.ThemeDir);
        Console.WriteLine($"Serving {options.OutputDir}/ on http://127.0.0.1:{port}/ — edits to {options.InputDir}/ and {options.ThemeDir}/ rebuild and reload. Ctrl+C stops.");
        await app.StartAsync(cancel);
        await Task.Delay(Timeout.Infinite, cancel).ContinueWith(_ => { }, TaskScheduler.Default);
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Success;
    }

    private async Task RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            BuildCommand.Run(options, showWhereToOpen: false);
            Interlocked.Exchange(ref _rebuilt, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
        }
        finally
        {
            _building.Release();
        }
    }

    private Watchers Watch(params string[] folders)
    {
        var debounce = new Timer(_ => _ = RebuildAsync());
        var watchers = folders.Where(Directory.Exists).Select(folder =>
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            FileSystemEventHandler changed = (_, _) => debounce.Change(TimeSpan.FromMilliseconds(200), Timeout.InfiniteTimeSpan);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => debounce.Change(TimeSpan.FromMilliseconds(200), Timeout.InfiniteTimeSpan);
            return watcher;
        }).ToList();
        return new Watchers(watchers, debounce);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        // Open event streams end when the server stops, or shutting down would wait for them.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n", ended.Token);
        await context.Response.Body.FlushAsync(ended.Token);
        while (!ended.IsCancellationRequested)
        {
            try
            {
                await Volatile.Read(ref _rebuilt).Task.WaitAsync(ended.Token);
                await context.Response.WriteAsync("data: reload\n\n", ended.Token);
                await context.Response.Body.FlushAsync(ended.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        var root = Path.GetFullPath(options.OutputDir);
        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("Not found. Is the page's file in " + options.OutputDir + "/?");
            return;
        }

        context.Response.ContentType = _contentTypes.TryGetContentType(full, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        var bytes = await File.ReadAllBytesAsync(full);
        if (full.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes).Replace("</body>", $"<script src=\"{ScriptPath}\"></script></body>", StringComparison.Ordinal);
            bytes = Encoding.UTF8.GetBytes(html);
        }

        await context.Response.Body.WriteAsync(bytes);
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
