using System.Text.Json;

namespace UprSite.Cli.Tests.Preview;

/// <summary>The server-sent events of a running preview, read one message at a time.</summary>
public sealed class PreviewEventStream(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    /// <summary>The next <c>data:</c> message, parsed; fails after <paramref name="seconds"/>.</summary>
    public async Task<JsonElement> NextAsync(int seconds = 20)
    {
        while (true)
        {
            var line = await _reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(seconds))
                ?? throw new EndOfStreamException("the event stream ended");
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        stream.Dispose();
    }
}
