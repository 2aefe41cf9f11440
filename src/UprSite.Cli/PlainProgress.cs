using System.Globalization;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>Progress as plain lines (<c>print 3/10: en/…/land.pdf</c>), for logs and pipes where a live bar would be noise.</summary>
public sealed class PlainProgress(TextWriter output) : IBuildProgress
{
    private readonly Lock _lock = new();

    public void Report(string stage, int done, int total, string item)
    {
        lock (_lock)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage} {done}/{total}: {item}"));
        }
    }
}
