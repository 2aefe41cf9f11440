using System.Text;
using Microsoft.AspNetCore.Http;

namespace UprSite.Cli.Preview;

/// <summary>
/// Answers every request of the preview: the Host check, the one path check, the preview's own script, style and
/// events, and the files of the last good build with netlify.toml's headers. HTML pages get the reload script.
/// </summary>
public sealed class PreviewResponder(PreviewEvents events, PreviewHeaders headers, CancellationToken stopping)
{
    public async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!LoopbackHost.IsAllowed(request.Host.Value))
        {
            await PlainAsync(context, StatusCodes.Status421MisdirectedRequest,
                "This preview answers only to 127.0.0.1, localhost and [::1]. Open http://127.0.0.1:<port>/ instead.");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "The preview only serves files (GET and HEAD).");
            return;
        }

        if (!PreviewPath.TryRead(request.Path.Value, out var relative))
        {
            await PlainAsync(context, StatusCodes.Status400BadRequest, "This address cannot name a file of the site.");
            return;
        }

        headers.Apply("/" + relative, response.Headers);
        if (relative == PreviewClient.EventsPath && HttpMethods.IsGet(request.Method))
        {
            await events.StreamAsync(context, stopping);
            return;
        }

        await SendAsync(context, Answer(relative));
    }

    private PreviewAnswer Answer(string relative)
    {
        var status = events.Current;
        if (relative == PreviewClient.ScriptPath)
        {
            return new PreviewAnswer(StatusCodes.Status200OK, PreviewClient.Script, "reload.js");
        }

        if (relative == PreviewClient.StylePath)
        {
            return new PreviewAnswer(StatusCodes.Status200OK, PreviewClient.Style, "overlay.css");
        }

        if (status.Site is not { } site)
        {
            return new PreviewAnswer(StatusCodes.Status503ServiceUnavailable, PreviewClient.WithScript(PreviewClient.WaitingPage, 0), "waiting.html");
        }

        var answer = site.Find(relative);
        return answer.TypeFrom.EndsWith(".html", StringComparison.Ordinal)
            ? answer with { Body = PreviewClient.WithScript(answer.Body, site.Number) }
            : answer;
    }

    private static async Task SendAsync(HttpContext context, PreviewAnswer answer)
    {
        var response = context.Response;
        response.StatusCode = answer.Status;
        if (answer.Location is { } location)
        {
            response.Headers.Location = location + context.Request.QueryString.ToUriComponent();
            return;
        }

        response.ContentType = PreviewContentTypes.For(answer.TypeFrom);
        response.ContentLength = answer.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    private static Task PlainAsync(HttpContext context, int status, string text) =>
        SendAsync(context, new PreviewAnswer(status, Encoding.UTF8.GetBytes(text + "\n"), "message.txt"));
}
