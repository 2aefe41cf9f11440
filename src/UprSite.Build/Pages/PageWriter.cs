using System.Collections.Concurrent;
using System.Text;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Pipeline.Reuse;
using UprSite.Build.Templates;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pages;

/// <summary>
/// Puts one page job into the output: through its layout, or, with a <see cref="PageMemory"/> and output kept in
/// memory, as the previous build made it when its fingerprint (kind, path, language, source, model) is unchanged.
/// </summary>
/// <param name="printPages">Where pages only printed (print packs) go, by output path.</param>
public sealed class PageWriter(TemplateStore templates, StringTable strings, AssetPlan assets,
    ConcurrentDictionary<string, byte[]> printPages, PageMemory? memory)
{
    /// <summary>Renders one page into the output (or, printed only, into the print pages); null when it is not written.</summary>
    public RenderedPage? Add(PageJob job, OutputSet output, DiagnosticList own)
    {
        var fingerprint = memory is not null && job.Kind.Written && output.Store is null
            ? ModelFingerprint.Of(job.Kind.Name, job.Path, job.Language.Code, job.Origin, job.Links, job.FallbackOf, job.Model)
            : null;
        if (fingerprint is not null && memory!.Find(job.Path, fingerprint) is { } kept)
        {
            output.AddKept(job.Path, kept.File, memory!.KeptTargets(kept));
            strings.Remember(kept.Missed);
            return Rendered(job);
        }

        var missed = new HashSet<(string Language, string Key)>();
        string? html;
        using (StringTable.CaptureMisses(missed))
        {
            html = new LayoutRenderer(templates, strings, assets, own).Render(job.Kind, job.Language, job.Model, job.Views);
        }

        if (html is null)
        {
            return null;
        }

        if (!job.Kind.Written)
        {
            printPages[job.Path] = Encoding.UTF8.GetBytes(html);
            return null;
        }

        var targets = fingerprint is null ? null : new HashSet<string>(StringComparer.Ordinal);
        output.AddPage(job.Path, html, bytes => new OutputFile(bytes, job.Origin, job.Links) { FallbackOf = job.FallbackOf }, targets);
        if (fingerprint is not null && own.Items.Count == 0)
        {
            memory!.Keep(job.Path, new KeptPage(fingerprint, output.Find(job.Path)!, [.. targets!], [.. missed]));
        }

        return Rendered(job);
    }

    /// <summary>Puts a page of a group kept whole from the previous build into the output as it was (<see cref="PageGroups"/>).</summary>
    public RenderedPage Replay(GroupPage kept, OutputSet output)
    {
        output.AddKept(kept.Page.Path, kept.Kept.File, memory?.KeptTargets(kept.Kept) ?? kept.Kept.Targets);
        strings.Remember(kept.Kept.Missed);
        memory?.Carry(kept.Page.Path, kept.Kept);
        return kept.Page;
    }

    private static RenderedPage Rendered(PageJob job) => new(job.Kind, job.Address, job.FallbackOf is not null, job.Origin?.Path);
}
