using System.Diagnostics;
using System.Text.RegularExpressions;
using UprSite.Build.Charts;
using UprSite.Build.Checking;
using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.Content.Yaml;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Markdown.Safety;
using UprSite.Build.Output;
using UprSite.Build.Output.Downloads;
using UprSite.Build.Pages;
using UprSite.Build.Pages.Data;
using UprSite.Build.Pages.Models;
using UprSite.Build.Pipeline;
using UprSite.Build.Scaffolding;
using UprSite.Build.Sources;
using UprSite.Build.Templates;
using UprSite.Build.Validation;
using UprSite.Build.Writing;

namespace UprSite.Build.Tests.Support;

/// <summary>
/// pdfinfo and pdftotext from poppler-utils, to read PDFs the way a reader's tools do. Missing tools fail the test
/// with the command that installs them (no test passes by skipping).
/// </summary>
public static partial class Poppler
{
    public static int Pages(string pdf) => int.Parse(PagesLine().Match(Run("pdfinfo", pdf)).Groups[1].Value);

    public static string Info(string pdf) => Run("pdfinfo", pdf);

    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>Writes <paramref name="bytes"/> to a temporary file for the tools and deletes it afterwards.</summary>
    public static T WithFile<T>(byte[] bytes, Func<string, T> read)
    {
        var path = Path.Combine(Path.GetTempPath(), "uprsite-pdf-" + Guid.NewGuid().ToString("N")[..12] + ".pdf");
        File.WriteAllBytes(path, bytes);
        try
        {
            return read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is needed by the PDF tests: apt-get install -y poppler-utils ({e.Message})", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {error}");
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
