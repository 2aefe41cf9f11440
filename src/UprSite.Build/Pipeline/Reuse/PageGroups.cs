using UprSite.Build.Pages;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// Groups of pages that depend on the same few inputs (one country's data pages in one language, one factsheet in
/// every language, one brief), kept whole for the next build in the same process (<c>serve</c>): a group whose key —
/// the inputs it reads beyond <see cref="SiteInputs"/> — is the same as the previous build's is taken as it was without
/// making its pages' models at all, which is what lets an edit of one factsheet leave the other countries untouched.
/// A group is kept only when every page of it was rendered without a diagnostic and could be kept (<see cref="PageMemory"/>).
/// </summary>
public sealed class PageGroups
{
    private Dictionary<string, KeptGroup> _kept = new(StringComparer.Ordinal);
    private Dictionary<string, KeptGroup> _next = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?[]> _making = new(StringComparer.Ordinal);
    private SiteInputs? _site;
    private bool _usable;

    /// <summary>An object that stays the same from one build to the next while the <see cref="SiteInputs"/> do: a key for what reads them all.</summary>
    public object SiteToken { get; private set; } = new();

    /// <summary>Groups the last render took whole from the one before.</summary>
    public int Reused { get; private set; }

    private int _reused;

    /// <param name="usable">Whether the previous render's pages may be taken at all (<see cref="PageMemory"/>: same theme, strings, options).</param>
    public void Begin(SiteInputs site, bool usable)
    {
        var same = site.SameAs(_site);
        _usable = usable && same;
        _site = site;
        SiteToken = same ? SiteToken : new object();
        _next = new(StringComparer.Ordinal);
        _making.Clear();
        _reused = 0;
    }

    /// <summary>The group's pages kept as they were when its key is unchanged, else its jobs, to be made and rendered.</summary>
    /// <param name="key">What the group's pages read besides the site's inputs, compared as <see cref="ReuseKey"/> says.</param>
    public IEnumerable<PageWork> Group(string name, object?[] key, IEnumerable<Func<PageJob?>> jobs)
    {
        if (_usable && _kept.TryGetValue(name, out var kept) && ReuseKey.Same(kept.Key, key))
        {
            _next[name] = kept;
            _reused++;
            return kept.Pages.Select(p => new PageWork(null, p, name));
        }

        _making[name] = key;
        return jobs.Select(j => new PageWork(j, null, name));
    }

    /// <summary>
    /// After the render: each page of the groups made anew, in order, with the page as kept (null when it could not be
    /// kept); a group all of whose pages were kept is kept for the next build.
    /// </summary>
    public void Record(IEnumerable<(PageWork Work, RenderedPage? Page, KeptPage? Kept)> results)
    {
        var pages = new Dictionary<string, List<GroupPage>?>(StringComparer.Ordinal);
        foreach (var (work, page, kept) in results)
        {
            if (work.Group is not { } name || work.Kept is not null || !_making.ContainsKey(name))
            {
                continue;
            }

            if (!pages.TryGetValue(name, out var list))
            {
                list = [];
                pages[name] = list;
            }

            if (list is null || page is null || kept is null)
            {
                pages[name] = null;
                continue;
            }

            list.Add(new GroupPage(page, kept));
        }

        foreach (var (name, key) in _making)
        {
            // A group without any page (no jobs) is kept too: its key still says nothing changed.
            var list = pages.TryGetValue(name, out var made) ? made : [];
            if (list is not null)
            {
                _next[name] = new KeptGroup(key, list);
            }
        }
    }

    /// <summary>The render ran to its end: what it kept is what the next build compares with.</summary>
    public void End()
    {
        _kept = _next;
        _next = new(StringComparer.Ordinal);
        _making.Clear();
        Reused = _reused;
    }

    private sealed record KeptGroup(object?[] Key, IReadOnlyList<GroupPage> Pages);
}
