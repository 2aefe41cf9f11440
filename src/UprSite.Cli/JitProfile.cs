using System.Runtime;

namespace UprSite.Cli;

/// <summary>
/// Most of a short build's time is the JIT compiling methods on first use. The runtime can record which methods a
/// command compiled and, on the next run, compile them ahead on the other cores while the first one works
/// (multi-core JIT): the sample build drops from a median of 3.2 s to 2.2 s of wall time on two cores (README,
/// performance). The profile lives in the temporary folder, one per command; when it cannot be written the command
/// just runs without it.
/// </summary>
public static class JitProfile
{
    public static void Start(string[] args)
    {
        var command = args.FirstOrDefault(a => a is "build" or "check" or "serve" or "new") ?? "other";
        try
        {
            var root = Path.Combine(Path.GetTempPath(), "uprsite-jit");
            Directory.CreateDirectory(root);
            ProfileOptimization.SetProfileRoot(root);
            ProfileOptimization.StartProfile($"{command}.profile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a speed-up: without a writable temporary folder the command runs as before.
        }
    }
}
