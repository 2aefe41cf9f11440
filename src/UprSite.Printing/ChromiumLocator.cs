namespace UprSite.Printing;

/// <summary>Finds the Chromium that prints PDFs: UPRSITE_CHROMIUM, else Debian's /usr/bin/chromium and its usual kin.</summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "UPRSITE_CHROMIUM";

    public const string InstallHint =
        "install it with 'apt-get install -y chromium fonts-noto-core fonts-khmeros' (Debian/Ubuntu), or set " + EnvironmentVariable + " to a Chromium or Chrome executable";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The executable to use: <paramref name="configured"/> when given, else the first that exists; null when none.</summary>
    public static string? Find(string? configured)
    {
        if (configured is not null)
        {
            return File.Exists(configured) ? configured : null;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        return Candidates.FirstOrDefault(File.Exists);
    }
}
