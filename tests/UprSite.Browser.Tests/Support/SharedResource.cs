namespace UprSite.Browser.Tests.Support;

/// <summary>
/// One <typeparamref name="T"/> for the whole test run, however many test classes hold it: made when the first one
/// asks, disposed when the run ends (<see cref="RunEnd"/>). Test classes run in parallel, each with its own class
/// fixture, and still share one Chromium and one build of each site.
/// </summary>
public sealed class SharedResource<T>(Func<Task<T>> create)
    where T : class, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private Task<T>? _value;

    public Task<T> GetAsync()
    {
        lock (_gate)
        {
            if (_value is null)
            {
                _value = Task.Run(create);
                RunEnd.DisposeAtEnd(DisposeAsync);
            }

            return _value;
        }
    }

    private async Task DisposeAsync()
    {
        Task<T>? value;
        lock (_gate)
        {
            (value, _value) = (_value, null);
        }

        if (value is not null && await Task.WhenAny(value) is { IsCompletedSuccessfully: true })
        {
            await value.Result.DisposeAsync();
        }
    }
}
