using UprSite.Build.Charts;
using UprSite.Build.I18n;
using UprSite.Build.Pages;
using UprSite.Build.Pages.Data;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;

namespace UprSite.Build.Compute;

/// <summary>
/// Compute: the figures of every country (statistics, State slugs and per-State figures, ratings, rows in page order,
/// previous recommendations of each factsheet) and every chart's data in every language, computed once after
/// Validate, so that Render only projects them into pages and downloads.
/// </summary>
public sealed class SiteFigures
{
    private readonly IReadOnlyDictionary<string, CountryData> _countries;
    private readonly IReadOnlyDictionary<(string Country, string Language), CountryCharts> _charts;

    private readonly IReadOnlyDictionary<string, CycleCalendar?> _calendars;

    private SiteFigures(IReadOnlyDictionary<string, CountryData> countries,
        IReadOnlyDictionary<(string Country, string Language), CountryCharts> charts, IReadOnlySet<(string Language, string Key)> missed,
        IReadOnlyList<StateAcross> states, IReadOnlyDictionary<string, CycleCalendar?> calendars, DateOnly today, SiteComparison? comparison)
    {
        _countries = countries;
        _calendars = calendars;
        Today = today;
        States = states;
        Comparison = comparison;
        _charts = charts;
        MissedStrings = missed;
    }

    /// <summary>The UI strings the chart labels asked for in a language that lacks them.</summary>
    public IReadOnlySet<(string Language, string Key)> MissedStrings { get; }

    /// <summary>Every recommending State across the countries (<see cref="StatesAcross"/>); empty with one country.</summary>
    public IReadOnlyList<StateAcross> States { get; }

    /// <summary>Every country's rows counted together, for the comparison pages; null with one country.</summary>
    public SiteComparison? Comparison { get; }

    /// <summary>The day the UPR calendars count from.</summary>
    public DateOnly Today { get; }

    /// <param name="today">The build's date (<see cref="BuildDate"/>); null: SOURCE_DATE_EPOCH or the clock.</param>
    /// <param name="memory">The previous build's figures (serve): those of unchanged countries are taken again.</param>
    public static SiteFigures Compute(Site site, UiStrings strings, DateOnly? today = null, Pipeline.Reuse.ComputeMemory? memory = null)
    {
        var date = today ?? BuildDate.Today();
        memory?.Begin(date);
        var table = new StringTable(strings);
        // A clean build computes the countries on every core; serve takes unchanged ones from its memory, one at a time.
        var made = new CountryData[site.Countries.Count];
        Each(made.Length, memory is null, i => made[i] = memory?.Data(site.Countries[i]) ?? new CountryData(site.Countries[i]));
        var countries = site.Countries.Select((c, i) => (c.Code, Data: made[i])).ToDictionary(p => p.Code, p => p.Data, StringComparer.Ordinal);
        (IReadOnlyList<StateAcross>, SiteComparison?) Across() => (StatesAcross.Of(site, countries), Navigation.HasSiteIndexes(site) ? SiteComparison.Of(site.Countries) : null);
        var across = memory is null ? Task.Run(Across) : null;
        var pairs = site.Countries.SelectMany(c => site.Settings.Languages.Select(l => (Country: c, Language: l))).ToList();
        var madeCharts = new CountryCharts[pairs.Count];
        Each(pairs.Count, memory is null, i =>
        {
            var (country, language) = pairs[i];
            CountryCharts Make()
            {
                var views = new ViewFactory(site, language, table, SitePaths.Country(language.Code, country.Code));
                return ChartsOf(new CountryDataPage(site, countries[country.Code], language, new DataLabels(table, language), views));
            }

            madeCharts[i] = memory is null ? Make() : memory.Charts(country, language, missed =>
            {
                using (StringTable.CaptureMisses(missed))
                {
                    return Make();
                }
            }, table.Remember);
        });
        var charts = pairs.Select((p, i) => (Key: (p.Country.Code, p.Language.Code), Charts: madeCharts[i])).ToDictionary(p => p.Key, p => p.Charts);

        var calendars = site.Countries.ToDictionary(c => c.Code, c => UprCalendar.Of(c.Reviews, c.Calendar, date), StringComparer.Ordinal);
        var (states, comparison) = across is null ? memory!.Across(site, Across) : across.GetAwaiter().GetResult();
        memory?.End();
        return new SiteFigures(countries, charts, table.Missed, states, calendars, date, comparison);
    }

    private static void Each(int count, bool parallel, Action<int> work)
    {
        if (parallel)
        {
            Parallel.For(0, count, work);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            work(i);
        }
    }

    public CountryData Of(Country country) => _countries[country.Code];

    public CountryCharts ChartsOf(Country country, Language language) => _charts[(country.Code, language.Code)];

    /// <summary>Where the country's UPR cycle stands on <see cref="Today"/>; null when no review has a date.</summary>
    public CycleCalendar? CalendarOf(Country country) => _calendars[country.Code];

    private static CountryCharts ChartsOf(CountryDataPage page) => new(
        new[]
        {
            CycleCharts.Responses(page), CycleCharts.SupportedShare(page), CycleCharts.SupportedVsNoted(page),
            BreakdownCharts.Themes(page), TrendCharts.Themes(page), BreakdownCharts.States(page), BreakdownCharts.ActionCategories(page),
            BreakdownCharts.RegionalGroups(page),
            LinkCharts.BySdgGoal(page), LinkCharts.ByAffectedPersons(page), LinkCharts.ByTheme(page),
        }.OfType<ChartData>().ToList(),
        new[] { ImplementationCharts.ByCycle(page), ImplementationCharts.ByTheme(page) }.OfType<ChartData>().ToList(),
        ParticipationCharts.Submissions(page));
}
