using System.Collections.Concurrent;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// What is disposed once every test of the assembly has run: the run's shared Chromium and sites
/// (<see cref="SharedResource{T}"/>). <see cref="RunEndAssemblyRunner"/> calls it before xunit reports the end of
/// the run, so nothing is left running or on disk after the test process.
/// </summary>
public static class RunEnd
{
    private static readonly ConcurrentStack<Func<Task>> Disposals = new();

    public static void DisposeAtEnd(Func<Task> dispose) => Disposals.Push(dispose);

    public static async Task DisposeAllAsync()
    {
        var failures = new List<Exception>();
        while (Disposals.TryPop(out var dispose))
        {
            try
            {
                await dispose();
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException("disposing the test run's shared resources failed", failures);
        }
    }
}
