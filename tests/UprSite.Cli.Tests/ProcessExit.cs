using System.Diagnostics;

namespace UprSite.Cli.Tests;

/// <summary>Waiting for a real uprsite process, with a bound.</summary>
internal static class ProcessExit
{
    public static int WaitForExitCode(this Process process)
    {
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "uprsite build did not finish within two minutes");
        return process.ExitCode;
    }
}
