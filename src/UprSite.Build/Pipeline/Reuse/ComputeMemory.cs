using UprSite.Build.Compute;
using UprSite.Core.Model;
using UprSite.Core.Statistics;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// Compute's figures of each country, for the next build in the same process (<c>serve</c>): a country that is the
/// same object keeps its <see cref="CountryData"/>; one that differs only by its factsheets keeps the figures of its rows
/// (<see cref="CountryData.WithFactsheets"/>) and its charts; while every country keeps its rows, the figures across
/// countries are kept too. Dropped when the context (UI strings, site.yml, theme, options) or the build's date changes.
/// </summary>
public sealed class ComputeMemory
{
    private Dictionary<string, KeptCountry> _kept = new(StringComparer.Ordinal);
    private Dictionary<string, KeptCountry> _next = new(StringComparer.Ordinal);
    private KeptAcross? _across;
    private DateOnly? _date;
    private bool _allRowsKept;

    /// <summary>Countries whose figures the last Compute took from the previous build.</summary>
    public int Reused { get; private set; }

    private int _reused;

    public void Begin(DateOnly date)
    {
        if (_date != date)
        {
            Clear();
        }

        _date = date;
        _allRowsKept = true;
        _reused = 0;
    }

    /// <summary>The country's figures: the previous build's object when their inputs are unchanged.</summary>
    public CountryData Data(Country country)
    {
        if (_kept.TryGetValue(country.Code, out var kept) && (ReferenceEquals(kept.Data.Country, country) || SameButFactsheets(kept.Data.Country, country)))
        {
            _reused++;
            var data = ReferenceEquals(kept.Data.Country, country) ? kept.Data : kept.Data.WithFactsheets(country);
            _next[country.Code] = kept with { Data = data, RowsKept = true };
            return data;
        }

        _allRowsKept = false;
        var made = new CountryData(country);
        _next[country.Code] = new KeptCountry(made, new(StringComparer.Ordinal), false);
        return made;
    }

    /// <summary>
    /// The country's charts in the language, and the UI strings they missed given to <paramref name="remember"/>, when
    /// its rows were kept; else made by <paramref name="make"/>, which gathers the strings it misses.
    /// </summary>
    public CountryCharts Charts(Country country, Language language, Func<HashSet<(string Language, string Key)>, CountryCharts> make,
        Action<IEnumerable<(string Language, string Key)>> remember)
    {
        var kept = _next[country.Code];
        if (kept.RowsKept && kept.Charts.TryGetValue(language.Code, out var charts))
        {
            remember(charts.Missed);
            return charts.Charts;
        }

        var missed = new HashSet<(string Language, string Key)>();
        var made = make(missed);
        kept.Charts[language.Code] = (made, missed);
        return made;
    }

    /// <summary>The figures across countries (recommending States, comparison) when every country kept its rows, else made by <paramref name="make"/>.</summary>
    public (IReadOnlyList<StateAcross> States, SiteComparison? Comparison) Across(Site site, Func<(IReadOnlyList<StateAcross>, SiteComparison?)> make)
    {
        var codes = string.Join(',', site.Countries.Select(c => c.Code));
        if (_allRowsKept && _across is { } across && across.Codes == codes && site.Countries.Count == _kept.Count)
        {
            return (across.States, across.Comparison);
        }

        var (states, comparison) = make();
        _across = new KeptAcross(codes, states, comparison);
        return (states, comparison);
    }

    public void End()
    {
        _kept = _next;
        _next = new(StringComparer.Ordinal);
        Reused = _reused;
    }

    public void Clear()
    {
        _kept = new(StringComparer.Ordinal);
        _next = new(StringComparer.Ordinal);
        _across = null;
    }

    /// <summary>Everything of the country but its factsheets is the same: the same country.yml's values and the same row and rating lists.</summary>
    private static bool SameButFactsheets(Country before, Country now) => (before with { Factsheets = now.Factsheets }).Equals(now);

    private sealed record KeptCountry(CountryData Data, Dictionary<string, (CountryCharts Charts, HashSet<(string Language, string Key)> Missed)> Charts, bool RowsKept);

    private sealed record KeptAcross(string Codes, IReadOnlyList<StateAcross> States, SiteComparison? Comparison);
}
