using Microsoft.AspNetCore.Http;

namespace UprSite.Cli.Preview;

/// <summary>
/// The current <see cref="PreviewStatus"/>, and the server-sent events stream that tells each open page about it:
/// once when the page connects, then after every build.
/// </summary>
public sealed class PreviewEvents
{
    private PreviewStatus _current = PreviewStatus.Starting;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewStatus Current => Volatile.Read(ref _current);

    public void Publish(PreviewStatus status)
    {
        Volatile.Write(ref _current, status);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
    }

    /// <param name="stopping">Ends the stream when the server stops, or shutting down would wait for open pages.</param>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.ContentType = "text/event-stream";
        try
        {
            await context.Response.WriteAsync(": connected\n\n", ended.Token);
            while (!ended.IsCancellationRequested)
            {
                // Taken before the status is read, so a build finishing in between is sent too, not missed.
                var changed = Volatile.Read(ref _changed).Task;
                await context.Response.WriteAsync("data: " + Current.ToJson() + "\n\n", ended.Token);
                await context.Response.Body.FlushAsync(ended.Token);
                await changed.WaitAsync(ended.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page went away or the server stops.
        }
    }
}
