namespace UprSite.Cli.Preview;

/// <summary>
/// The Host header check of the preview: only 127.0.0.1, localhost and [::1] (any port). A page on another site
/// whose name was made to resolve to 127.0.0.1 (DNS rebinding) sends its own name, and is refused.
/// </summary>
public static class LoopbackHost
{
    public static bool IsAllowed(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        var nameEnd = host[0] == '[' ? host.IndexOf(']', StringComparison.Ordinal) + 1 : host.IndexOf(':', StringComparison.Ordinal);
        if (nameEnd == 0)
        {
            return false;
        }

        var name = nameEnd < 0 ? host : host[..nameEnd];
        var port = nameEnd < 0 ? string.Empty : host[nameEnd..];
        return IsLoopbackName(name) && IsPortOrNothing(port);
    }

    private static bool IsLoopbackName(string name) =>
        name is "127.0.0.1" or "[::1]" || name.Equals("localhost", StringComparison.OrdinalIgnoreCase);

    private static bool IsPortOrNothing(string port) =>
        port.Length == 0 || (port[0] == ':' && port.Length is > 1 and <= 6 && port.Skip(1).All(char.IsAsciiDigit));
}
