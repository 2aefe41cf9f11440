using System.Runtime.Versioning;

namespace UprSite.Printing.Tests;

/// <summary>
/// Finding the Node.js that runs Playwright's driver, in folders laid out as the installed tool (driver scripts, no
/// Node of Playwright's own) and as a build from source (this test binary's folder, which has both).
/// </summary>
public sealed class PlaywrightDriverTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "uprsite-driver-" + Guid.NewGuid().ToString("N")[..12]);

    public PlaywrightDriverTests()
    {
        // The installed tool's layout: playwright-core's scripts are there, its Node is not.
        var cli = Path.Combine(_root, "tool", ".playwright", "package", "cli.js");
        Directory.CreateDirectory(Path.GetDirectoryName(cli)!);
        File.WriteAllText(cli, "");
    }

    private string Tool => Path.Combine(_root, "tool");

    [Fact]
    public void A_build_from_source_uses_playwrights_own_node()
    {
        var lookup = PlaywrightDriver.Prepare(AppContext.BaseDirectory, Environment(path: "/nonexistent"));

        Assert.Equal(new DriverLookup(null, null), lookup);
    }

    [Fact]
    public void The_installed_tool_takes_the_node_on_path()
    {
        var lookup = PlaywrightDriver.Prepare(Tool, Environment(path: "/nonexistent:/usr/bin"));

        Assert.Null(lookup.Problem);
        Assert.Equal("/usr/bin/node", lookup.Node);
    }

    [Fact]
    public void Without_node_on_path_the_problem_says_what_to_install()
    {
        var lookup = PlaywrightDriver.Prepare(Tool, Environment(path: "/nonexistent"));

        Assert.Null(lookup.Node);
        Assert.StartsWith("--pdf runs Playwright's driver on Node.js 20 or later, and no 'node' is on PATH; install Node.js 20 or later", lookup.Problem, StringComparison.Ordinal);
        Assert.Contains("PLAYWRIGHT_NODEJS_PATH", lookup.Problem, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_node_older_than_20_is_refused_with_its_version()
    {
        var old = Path.Combine(_root, "bin", "node");
        Directory.CreateDirectory(Path.GetDirectoryName(old)!);
        File.WriteAllText(old, "#!/bin/sh\necho v18.19.0\n");
        File.SetUnixFileMode(old, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);

        var lookup = PlaywrightDriver.Prepare(Tool, Environment(path: Path.GetDirectoryName(old)!));

        Assert.Equal(old, lookup.Node);
        Assert.Contains($"the node on PATH ('{old}') is version v18.19.0; install Node.js 20 or later", lookup.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_node_that_does_not_exist_is_named()
    {
        var lookup = PlaywrightDriver.Prepare(Tool, Environment(path: "/usr/bin", node: "/nonexistent/node"));

        Assert.Equal("/nonexistent/node", lookup.Node);
        Assert.StartsWith("the node that PLAYWRIGHT_NODEJS_PATH names ('/nonexistent/node') does not exist; install Node.js 20 or later", lookup.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_without_the_driver_scripts_says_so()
    {
        var lookup = PlaywrightDriver.Prepare(Path.Combine(_root, "empty"), Environment(path: "/usr/bin"));

        Assert.Contains("has no Playwright driver", lookup.Problem, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_root, "empty", ".playwright", "package", "cli.js"), lookup.Problem, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Func<string, string?> Environment(string path, string? node = null) => name => name switch
    {
        "PATH" => path,
        PlaywrightDriver.NodeVariable => node,
        _ => null,
    };
}
