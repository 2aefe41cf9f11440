using System.Diagnostics;
using System.Runtime.InteropServices;

namespace UprSite.Printing;

/// <summary>
/// Microsoft.Playwright drives Chromium through its driver: playwright-core's <c>cli.js</c>, run by Node.js, both
/// looked for in <c>.playwright/</c> beside the application. A build from source has Playwright's own Node there
/// (.playwright/node/, 122 MB); the installed tool leaves it out to stay small (README, "Installing the tool") and
/// runs the driver on the machine's Node.js, which Playwright accepts through <see cref="NodeVariable"/>.
/// </summary>
public static class PlaywrightDriver
{
    public const string NodeVariable = "PLAYWRIGHT_NODEJS_PATH";

    /// <summary>playwright-core 1.64 declares <c>"engines": {"node": ">=20"}</c>.</summary>
    public const int MinimumNodeMajor = 20;

    public const string InstallHint =
        "install Node.js 20 or later (Debian 13: 'apt-get install -y nodejs'; Debian 12's own nodejs is 18, too old, so take the Node.js project's 20 LTS), or set "
        + NodeVariable + " to a node executable";

    /// <param name="appDirectory">Where the application and its .playwright/ folder are.</param>
    /// <param name="environment">Reads an environment variable (PLAYWRIGHT_NODEJS_PATH, PATH).</param>
    public static DriverLookup Prepare(string appDirectory, Func<string, string?> environment)
    {
        var folder = Path.Combine(appDirectory, ".playwright");
        if (!File.Exists(Path.Combine(folder, "package", "cli.js")))
        {
            return new DriverLookup(null,
                $"this uprsite has no Playwright driver ({Path.Combine(folder, "package", "cli.js")} is missing); reinstall the tool or run it from source (dotnet run --project src/UprSite.Cli)");
        }

        if (environment(NodeVariable) is { Length: > 0 } configured)
        {
            return Check(configured, $"the node that {NodeVariable} names ('{configured}')");
        }

        if (File.Exists(BundledNode(folder)))
        {
            return new DriverLookup(null, null);
        }

        return FindOnPath(environment("PATH")) is { } node
            ? Check(node, $"the node on PATH ('{node}')")
            : new DriverLookup(null,
                $"--pdf runs Playwright's driver on Node.js {MinimumNodeMajor} or later, and no 'node' is on PATH; {InstallHint}");
    }

    private static DriverLookup Check(string node, string what)
    {
        if (!File.Exists(node))
        {
            return new DriverLookup(node, $"{what} does not exist; {InstallHint}");
        }

        var version = VersionOf(node);
        return Major(version) >= MinimumNodeMajor
            ? new DriverLookup(node, null)
            : new DriverLookup(node,
                $"--pdf runs Playwright's driver on Node.js {MinimumNodeMajor} or later, and {what} is {(version is null ? "not a Node.js that answers --version" : "version " + version)}; {InstallHint}");
    }

    private static string? FindOnPath(string? path)
    {
        var name = OperatingSystem.IsWindows() ? "node.exe" : "node";
        return (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    private static string? VersionOf(string node)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(node, "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            return process.WaitForExit(10_000) && process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>20 for "v20.20.2"; 0 when the text is not a version.</summary>
    private static int Major(string? version) =>
        version is not null && int.TryParse(version.TrimStart('v').Split('.')[0], out var major) ? major : 0;

    /// <summary>The Node.js that Microsoft.Playwright's package ships per platform, at the path its driver lookup uses.</summary>
    private static string BundledNode(string folder)
    {
        var arm = RuntimeInformation.ProcessArchitecture == Architecture.Arm64;
        var (platform, executable) =
            OperatingSystem.IsWindows() ? (arm ? "win32_arm64" : "win32_x64", "node.exe")
            : OperatingSystem.IsMacOS() ? (arm ? "darwin-arm64" : "darwin-x64", "node")
            : (arm ? "linux-arm64" : "linux-x64", "node");
        return Path.Combine(folder, "node", platform, executable);
    }
}
