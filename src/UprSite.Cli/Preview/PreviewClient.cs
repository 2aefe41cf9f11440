using System.Globalization;
using System.Text;

namespace UprSite.Cli.Preview;

/// <summary>
/// What the preview adds to the site in the browser: one external script (the policy forbids inline script) that
/// listens to the events, reloads the page after a good build and draws the errors of a failed one, and its style.
/// </summary>
public static class PreviewClient
{
    public const string Prefix = "__uprsite/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylePath = Prefix + "overlay.css";

    public static byte[] Script { get; } = Resource("reload.js");

    public static byte[] Style { get; } = Resource("overlay.css");

    /// <summary>The script element a page gets, telling the script which build the page comes from.</summary>
    public static string ScriptTag(int build) =>
        string.Create(CultureInfo.InvariantCulture, $"<script src=\"/{ScriptPath}\" data-build=\"{build}\"></script>");

    /// <summary>The page before its end tag of body gets the script; a page without one gets it at the end.</summary>
    public static byte[] WithScript(byte[] html, int build)
    {
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + ScriptTag(build) : text.Insert(end, ScriptTag(build)));
    }

    /// <summary>Served for every page until the site first builds, so the errors show and the page reloads when it does.</summary>
    public static byte[] WaitingPage { get; } = Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>uprsite serve: the site does not build yet</title></head>
        <body><p>The site does not build yet. Fix the errors shown here and in the console; this page reloads when it builds.</p></body>
        </html>

        """);

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PreviewClient).Assembly.GetManifestResourceStream("UprSite.Cli.Preview." + name)
            ?? throw new InvalidOperationException(name + " is not embedded in the tool");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
