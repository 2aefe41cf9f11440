using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UprSite.Cli.Preview;

namespace UprSite.Browser.Tests.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 the way Netlify would: files and folder index pages, the headers of netlify.toml
/// (so the Content-Security-Policy is really enforced by the browser), the site's <c>_redirects</c> rules, and
/// /404.html for an unknown address.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly NetlifyConfig _netlify;
    private readonly LanguageRedirectRules _redirects;
    private readonly FileExtensionContentTypeProvider _types = new();

    private SiteServer(string root, NetlifyConfig netlify)
    {
        _root = Path.GetFullPath(root);
        _netlify = netlify;
        _redirects = LanguageRedirectRules.Load(_root);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(ServeAsync);
    }

    /// <summary>http://127.0.0.1:port (no trailing slash).</summary>
    public string Origin { get; private set; } = string.Empty;

    public static async Task<SiteServer> StartAsync(string root, NetlifyConfig netlify)
    {
        var server = new SiteServer(root, netlify);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Origin = address.TrimEnd('/');
        return server;
    }

    public string Url(string path) => $"{Origin}/{path.TrimStart('/')}";

    private async Task ServeAsync(HttpContext context)
    {
        var requestPath = context.Request.Path.Value ?? "/";
        foreach (var (name, value) in _netlify.HeadersFor(requestPath))
        {
            context.Response.Headers[name] = value;
        }

        if (_redirects.Match(requestPath, context.Request.Headers.AcceptLanguage) is { } rule)
        {
            context.Response.StatusCode = rule.Status;
            context.Response.Headers.Location = rule.To;
            return;
        }

        var full = Path.GetFullPath(Path.Combine(_root, Uri.UnescapeDataString(requestPath).TrimStart('/')));
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            // As Netlify does: the site's own /404.html, with status 404, at the address asked for.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(_root, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }

            return;
        }

        context.Response.ContentType = _types.TryGetContentType(full, out var type)
            ? (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) ? type + "; charset=utf-8" : type)
            : "application/octet-stream";
        await context.Response.SendFileAsync(full);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
