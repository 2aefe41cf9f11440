using UprSite.Build.Content.Yaml;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Reference;

namespace UprSite.Build.Content;

/// <summary>
/// The parts of country.yml the UPR calendar reads: the <c>calendar:</c> dates that replace the estimates, and each
/// review's <c>submissions:</c> (civil society's stakeholder submissions).
/// </summary>
public static class CountryCalendarParser
{
    /// <summary>The dates under <c>calendar:</c>; none when the key is absent. Each wrong date or session is reported where it is.</summary>
    public static CalendarOverrides Calendar(YamlMap country)
    {
        var code = DiagnosticCodes.InvalidCalendarDate;
        if (country.Map("calendar", code) is not { } map)
        {
            return CalendarOverrides.None;
        }

        map.RejectUnknownKeys(code, KnownKeys.CountryCalendar);
        return new CalendarOverrides(
            map.Date("mid_term_report", code),
            map.Date("submission_deadline", code),
            map.Date("pre_session", code),
            map.Date("next_review", code),
            map.Int("next_session", code, 1, 200));
    }

    /// <summary>
    /// A review's <c>submissions:</c>: two of total, joint and individual (the third follows), and the source; all
    /// three must add up. Null when absent or wrong (the mistake is reported).
    /// </summary>
    public static StakeholderSubmissions? Submissions(YamlMap review)
    {
        var code = DiagnosticCodes.InvalidSubmissions;
        if (review.Map("submissions", code) is not { } map)
        {
            return null;
        }

        map.RejectUnknownKeys(code, KnownKeys.CountrySubmissions);
        var total = map.Int("total", code, 0, 100_000);
        var joint = map.Int("joint", code, 0, 100_000);
        var individual = map.Int("individual", code, 0, 100_000);
        var source = map.String("source", code, required: true);
        var given = new[] { total, joint, individual }.Count(v => v is not null);
        if (given < 2)
        {
            map.Context.Error(code, "give at least two of 'total', 'joint' and 'individual' (the third is worked out from them)", map.StartOf("total"));
            return null;
        }

        joint ??= total - individual;
        individual ??= total - joint;
        if (joint < 0 || individual < 0 || (total is { } t && t != joint + individual))
        {
            map.Context.Error(code,
                $"joint ({joint}) and individual ({individual}) submissions do not add up to the total ({total}); check the figures against the source",
                map.StartOf("total"));
            return null;
        }

        return source is null ? null : new StakeholderSubmissions(joint!.Value, individual!.Value, source);
    }
}
