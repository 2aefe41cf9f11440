using System.Net;
using System.Net.Sockets;

namespace UprSite.Cli.Preview;

/// <summary>Finds a port on 127.0.0.1 that nothing listens on, to suggest when the one asked for is taken.</summary>
public static class FreePort
{
    public static int After(int taken)
    {
        for (var port = taken + 1; port <= Math.Min(taken + 100, IPEndPoint.MaxPort); port++)
        {
            if (IsFree(port))
            {
                return port;
            }
        }

        using var any = new TcpListener(IPAddress.Loopback, 0);
        any.Start();
        return ((IPEndPoint)any.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
