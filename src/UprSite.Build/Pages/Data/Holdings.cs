using UprSite.Core.Statistics;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// How many of a country's recommendations the site holds, beside the official totals of its reviews, in whole
/// sentences: the words every page with a count uses to say what it counts and where it comes from.
/// </summary>
public static class Holdings
{
    /// <summary>
    /// Rows held: one recommendation per recommending State. The paragraphs (what official totals count) are set
    /// beside them per cycle by <see cref="Paragraphs"/>.
    /// </summary>
    public static int Held(CountryDataPage page) => page.Data.Rows.Count;

    /// <summary>The official total over the declared cycles the site holds recommendations of.</summary>
    public static int Official(CountryDataPage page) => DeclaredWithRows(page).Sum(c => c.Declared!.Received);

    /// <summary>
    /// "This site holds 252 of the 252 recommendations China received in cycle 4 (official total)." when every row of
    /// the declared cycles gives its paragraph (official totals count paragraphs); else "This site holds 343
    /// recommendations by State to Cambodia in cycles 1 and 2…" and that official totals count paragraphs, with no
    /// "of the N" beside a different count. Only cycles with rows enter the total; without official totals, how many
    /// it holds; or that it holds none yet.
    /// </summary>
    public static string Sentence(CountryDataPage page)
    {
        var l = page.Labels;
        var declared = DeclaredWithRows(page);
        if (Held(page) == 0)
        {
            return l.Fill("data.dashboard.no_rows", page.CountryPlaceholders);
        }

        if (declared.Count == 0)
        {
            return l.Count(l.About(page.CountryForms, "data.holding_undeclared"), Held(page), page.CountryPlaceholders);
        }

        (string Name, string Value)[] values = [("official", l.Format.Number(Official(page))),
            .. page.CountryPlaceholders, ("cycles", InCycles(l, declared.Select(c => c.Cycle).ToList()))];
        var sentence = declared.All(c => c.Rows!.ParagraphsKnown)
            ? l.Count("data.holding", declared.Sum(c => c.Rows!.Recommendations), Official(page), values)
            : l.Count("data.holding_by_state", declared.Sum(c => c.Rows!.Received), Official(page), values);
        var undeclared = page.Data.Statistics.Cycles.Where(c => !c.IsDeclared && c.Rows is { Received: > 0 }).ToList();
        return undeclared.Count == 0 ? sentence
            : sentence + " " + l.Count("data.holding_undeclared_cycles", undeclared.Sum(c => c.Rows!.Received),
                ("cycles", InCycles(l, undeclared.Select(c => c.Cycle).ToList())));
    }

    /// <summary>
    /// For each cycle the site holds recommendations of, how many recommendations (paragraphs of the Working Group
    /// report, what official totals count) they make beside the recommendations by State — or that the number of
    /// paragraphs is not known, and why: rows without a paragraph number of their own cannot be grouped into paragraphs.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(CountryDataPage page)
    {
        var l = page.Labels;
        return page.Data.Statistics.RowCycles.Select(c => c switch
        {
            { ParagraphsKnown: true } => l.Count("data.paragraphs.known", c.Recommendations, c.Received,
                ("cycle", l.Format.Number(c.Cycle)), ("rows", l.Format.Number(c.Received))),
            _ when c.WithoutParagraph == c.Received => l.Count("data.paragraphs.none", c.Received, ("cycle", l.Format.Number(c.Cycle))),
            _ => l.Count("data.paragraphs.some", c.Received, c.WithoutOwnParagraph,
                ("cycle", l.Format.Number(c.Cycle)), ("without", l.Format.Number(c.WithoutOwnParagraph))),
        }).ToList();
    }

    /// <summary>"Cycles 3 and 4: official totals only; the site holds none of their recommendations."; null when none.</summary>
    public static string? CyclesWithoutRecommendations(CountryDataPage page)
    {
        var cycles = page.Data.Statistics.Cycles.Where(c => c.IsDeclared && c.Rows is null or { Received: 0 }).Select(c => c.Cycle).ToList();
        var l = page.Labels;
        return cycles.Count == 0
            ? null
            : l.Count("data.note.cycles_without_rows", cycles.Count, ("cycles", List(l, cycles)));
    }

    /// <summary>"in cycle 2", "in cycles 1, 2 and 3", with the preposition each language needs.</summary>
    public static string InCycles(DataLabels l, IReadOnlyList<int> cycles) =>
        l.Count("data.in_cycles", cycles.Count, ("cycles", List(l, cycles)));

    /// <summary>"1, 2 and 3" in the page's language.</summary>
    public static string List(DataLabels l, IReadOnlyList<int> numbers)
    {
        var items = numbers.Select(n => l.Format.Number(n)).ToList();
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => l.Fill("data.list.last", ("items", string.Join(l.T("data.list.separator"), items[..^1])), ("last", items[^1])),
        };
    }

    private static List<CycleComparison> DeclaredWithRows(CountryDataPage page) =>
        page.Data.Statistics.Cycles.Where(c => c.IsDeclared && c.Rows is { Received: > 0 }).ToList();
}
