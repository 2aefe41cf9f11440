using System.Collections.Concurrent;
using Microsoft.Playwright;
using UprSite.Browser.Tests.Support;
using UprSite.Build.Pipeline;
using UprSite.Core.Diagnostics;

namespace UprSite.Browser.Tests.Safety;

/// <summary>
/// Every page of a site built from <see cref="PayloadCorpus"/>, opened from disk in Chromium with no
/// Content-Security-Policy at all: no payload may run. A run is seen three ways: the payloads' own call
/// (<c>__xss</c>, bound into every frame), dialogs, and what is left in the DOM that could run later (event
/// attributes, script addresses, frames, forms); each element also receives synthetic pointer, focus and error
/// events, so a handler waiting for a reader's hover would fire.
/// </summary>
public sealed class ScriptInjectionTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int TabsAtOnce = 4;

    private const string Recorder = """
        window.__xss = n => window.__xssHit('call ' + n);
        window.alert = window.confirm = window.prompt = m => window.__xssHit('dialog ' + m);
        """;

    private const string TriggerAndInspect = """
        async () => {
          const events = ['mouseover', 'mouseenter', 'pointerover', 'focus', 'focusin', 'error', 'load', 'toggle', 'animationstart'];
          for (const el of document.querySelectorAll('*'))
            for (const type of events) el.dispatchEvent(new Event(type));
          await new Promise(r => setTimeout(r, 150));
          const problems = [];
          const danger = v => /^(javascript|data|vbscript):/.test((v || '').replace(/[\u0000-\u0020]/g, '').toLowerCase());
          for (const el of document.querySelectorAll('*')) {
            const name = el.tagName.toLowerCase();
            for (const a of el.attributes) {
              if (a.name.startsWith('on')) problems.push(`${name} has ${a.name}="${a.value}"`);
              if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background'].includes(a.name) && (danger(a.value) || a.name === 'srcdoc'))
                problems.push(`${name} has ${a.name}="${a.value}"`);
            }
            if (name === 'script' && !(el.type === 'application/json' || /(^|\/)(assets\/js|search\/[\w-]+)\/[\w.-]+\.js$/.test(el.getAttribute('src') || '')))
              problems.push(`a script that is not the site's: ${el.outerHTML.slice(0, 120)}`);
            if (['embed', 'object', 'frame', 'base', 'style', 'link'].includes(name) && !(['link', 'style', 'base'].includes(name) && el.closest('head')))
              problems.push(`a <${name}> element: ${el.outerHTML.slice(0, 120)}`);
            if (name === 'iframe' && !(el.getAttribute('src') || '').startsWith('https://'))
              problems.push(`an iframe: ${el.outerHTML.slice(0, 120)}`);
            if (name === 'meta' && el.httpEquiv) problems.push(`a meta http-equiv: ${el.outerHTML.slice(0, 120)}`);
          }
          return problems;
        }
        """;

    [Fact]
    public async Task A_site_built_and_written_from_the_payload_corpus_runs_no_script_from_disk()
    {
        using var site = BuiltSite.FromFiles(PayloadSite.Files(withRefusedLinks: false));

        await AssertNoScriptRunsAsync(site.Output);

        var about = File.ReadAllText(Path.Combine(site.Output, "en", "pages", "about", "index.html"));
        Assert.Contains(PayloadCorpus.Template, about, StringComparison.Ordinal);
        Assert.DoesNotContain("6170", about, StringComparison.Ordinal);
        Assert.Contains("<sup>1</sup> and <br> kept", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_links_fail_the_build_at_their_lines_and_even_the_refused_pages_run_no_script()
    {
        var root = Path.Combine(Path.GetTempPath(), "uprsite-payload-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            foreach (var (path, text) in PayloadSite.Files(withRefusedLinks: true))
            {
                var full = Path.Combine(root, "input", path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            var result = SiteBuilder.Build(new BuildOptions(Path.Combine(root, "input"), Repo.Theme, Path.Combine(root, "_site"), null, Write: false));

            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            Assert.All(errors, e => Assert.Equal(DiagnosticCodes.UnsafeLink.Id, e.Code));
            Assert.Equal(PayloadCorpus.RefusedLinks.Count * 4, errors.Count);
            Assert.All(errors, e => Assert.True(e.Line > 1 && e.Column > 0, e.ToString()));
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RawHtmlRemoved.Id);

            var output = Path.Combine(root, "rendered");
            foreach (var (path, file) in result.Output!.Files)
            {
                var full = Path.Combine(output, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, file.Content);
            }

            await AssertNoScriptRunsAsync(output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task AssertNoScriptRunsAsync(string siteFolder)
    {
        var pages = Directory.GetFiles(siteFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages");
        var hits = new ConcurrentQueue<string>();
        var problems = new ConcurrentQueue<string>();
        await using var context = await browser.Browser.NewContextAsync();
        var current = new ConcurrentDictionary<IPage, string>();
        string Where(IPage? page) => page is not null && current.TryGetValue(page, out var path) ? path : "a page";
        await context.ExposeBindingAsync("__xssHit", (BindingSource source, string what) => hits.Enqueue($"{Where(source.Page)}: {what}"));
        await context.AddInitScriptAsync(Recorder);
        var waiting = new ConcurrentQueue<string>(pages);
        // Each page is given the same time for a payload to run; tabs wait side by side rather than one after another.
        await Task.WhenAll(Enumerable.Range(0, TabsAtOnce).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            page.Dialog += async (_, dialog) =>
            {
                hits.Enqueue($"{Where(page)}: dialog {dialog.Message}");
                await dialog.DismissAsync();
            };
            while (waiting.TryDequeue(out var path))
            {
                var name = Path.GetRelativePath(siteFolder, path);
                current[page] = name;
                await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                await page.WaitForTimeoutAsync(250);
                foreach (var problem in await page.EvaluateAsync<string[]>(TriggerAndInspect))
                {
                    problems.Enqueue($"{name}: {problem}");
                }
            }
        }));

        Assert.True(hits.IsEmpty, $"{hits.Count} script runs:\n" + string.Join('\n', hits.Distinct().Take(40)));
        Assert.True(problems.IsEmpty, $"{problems.Count} live constructs:\n" + string.Join('\n', problems.Distinct().Take(40)));
    }
}
