using UprSite.Build.Charts;
using UprSite.Build.Compute;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The pages that compare the States under Review of a site of several countries (<see cref="Navigation.HasComparisons"/>):
/// an index, and one page per view (by cycle, issue, regional group, action category) that has something to show,
/// each table with its CSV under data/compare/.
/// </summary>
public sealed class ComparisonRenderer(Site site, SiteFigures figures, StringTable strings)
{
    /// <summary>
    /// The index and one page per view in one language: each page's job, to be made where it renders; a view with
    /// nothing to show makes none.
    /// </summary>
    public IEnumerable<Func<PageJob?>> Pages(Language language)
    {
        if (!Navigation.HasComparisons(site) || figures.Comparison is null)
        {
            yield break;
        }

        var l = new DataLabels(strings, language);
        var shown = new Lazy<List<(string View, IReadOnlyList<ComparisonSection> Sections)>>(() => Shown(language));
        yield return () => Index(language, l, shown.Value);
        foreach (var view in ComparisonPaths.Views)
        {
            yield return () => shown.Value.FirstOrDefault(v => v.View == view) is { View: not null } found
                ? View(language, l, shown.Value, found.View, found.Sections)
                : null;
        }
    }

    private PageJob Index(Language language, DataLabels l, List<(string View, IReadOnlyList<ComparisonSection> Sections)> views)
    {
        var code = language.Code;
        var index = Views(language, ComparisonPaths.Index(code));
        var indexAddress = new PageAddress(code);
        return new PageJob(PageKinds.Comparisons, indexAddress, language, new ComparisonsModel(index.Site(),
            Page(index, PageKinds.Comparisons, indexAddress, l.T("compare.title"), [index.HomeLink()]), ViewFactory.Language(language),
            new ComparisonsIndexView(l.Count("compare.intro", site.Countries.Count), l.T("compare.counting"),
                views.Select(v => new ComparisonLinkView(l.T($"compare.{v.View}.title"), l.T($"compare.{v.View}.description"),
                    index.Href(ComparisonPaths.View(code, v.View)))).ToList(),
                index.Href(SiteIndexPaths.Countries(code)), index.Href(SiteIndexPaths.States(code)))), index);
    }

    private PageJob View(Language language, DataLabels l, List<(string View, IReadOnlyList<ComparisonSection> Sections)> views,
        string view, IReadOnlyList<ComparisonSection> sections)
    {
        var code = language.Code;
        var path = ComparisonPaths.View(code, view);
        var factory = Views(language, path);
        var context = new ComparisonContext(site, figures, figures.Comparison!, l, factory);
        var address = new PageAddress(code, Slug: view);
        var crumbs = new[] { factory.HomeLink(), new LinkView(l.T("compare.title"), factory.Href(ComparisonPaths.Index(code))) };
        var shown = sections.Select(s => ComparisonViews.Section(s, context, view)).ToList();
        var model = new ComparisonView(l.T($"compare.{view}.description"), l.T("compare.counting"),
            views.Select(v => new LinkView(l.T($"compare.{v.View}.title"), factory.Href(ComparisonPaths.View(code, v.View)), v.View == view)).ToList(),
            shown, shown.Any(s => s.Items.Any(i => i.IsChart)), factory.Href(ComparisonPaths.Index(code)));
        return new PageJob(PageKinds.Comparison, address, language, new ComparisonModel(factory.Site(),
            Page(factory, PageKinds.Comparison, address, l.T($"compare.{view}.title"), crumbs), ViewFactory.Language(language), model), factory);
    }

    /// <summary>The CSV of every table: the same bytes in every language, so written once, from the default language's tables.</summary>
    public void AddDownloads(OutputSet output)
    {
        if (!Navigation.HasComparisons(site) || figures.Comparison is null)
        {
            return;
        }

        foreach (var (_, sections) in Shown(site.Settings.DefaultLanguage))
        {
            foreach (var table in sections.SelectMany(s => s.Tables))
            {
                output.Add(ComparisonPaths.Csv(table.Data.Id), new OutputFile(ChartCsv.Write(table.Csv)));
            }
        }
    }

    /// <summary>Each view with its sections in the language, those with nothing to show left out.</summary>
    private List<(string View, IReadOnlyList<ComparisonSection> Sections)> Shown(Language language)
    {
        var l = new DataLabels(strings, language);
        return ComparisonPaths.Views.Select(view =>
        {
            var context = new ComparisonContext(site, figures, figures.Comparison!, l, Views(language, ComparisonPaths.View(language.Code, view)));
            return (view, Sections(view, context));
        }).Where(v => v.Item2.Count > 0).ToList();
    }

    private static IReadOnlyList<ComparisonSection> Sections(string view, ComparisonContext context) => view switch
    {
        "cycles" => CycleComparisonBuilder.Build(context),
        "issues" => IssueComparisonBuilder.Build(context),
        "regions" => RegionComparisonBuilder.Build(context),
        "categories" => CategoryComparisonBuilder.Build(context),
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "no such comparison view"),
    };

    private ViewFactory Views(Language language, string path) => new(site, language, strings, path);

    private PageView Page(ViewFactory views, PageKind kind, PageAddress address, string title, IReadOnlyList<LinkView> crumbs) =>
        views.Page(kind.Name, title, null, kind.PathsByLanguage(address, site.Settings.Languages.Select(x => x.Code)), crumbs);
}
