using System.Globalization;
using System.Text;
using UprSite.Build.Pages.Models;
using UprSite.Core.Recommendations;
using UprSite.Core.Statistics;
using UprSite.Core.Urls;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Pages.Data;

/// <summary>Recommendation rows with their rating, evidence and source, in the page's language.</summary>
public static class RecommendationViews
{
    public static IReadOnlyList<RecommendationView> All(CountryDataPage page) => page.Data.Rows.Select(r => Of(page, r)).ToList();

    /// <summary>Every rated recommendation of the country, in row order: the traffic-light table.</summary>
    public static IReadOnlyList<RecommendationView> Rated(CountryDataPage page) =>
        page.Data.Rows.Where(r => page.Data.RatingOf(r) is not null).Select(r => Of(page, r)).ToList();

    public static RecommendationView Of(CountryDataPage page, Recommendation row)
    {
        var l = page.Labels;
        var rating = page.Data.RatingOf(row);
        var slug = page.Data.Slugs[row.RecommendingState];
        var issues = RecommendationStatistics.IssuesOf(row);
        return new RecommendationView(
            row.Id,
            Anchor(row),
            row.Cycle,
            l.Cycle(row.Cycle),
            row.Session is { } s ? l.Format.Number(s) : null,
            l.StateName(row.RecommendingState),
            slug,
            page.Data.PageSlug(row.RecommendingState) is { } pageSlug
                ? page.Href(CountryDataPaths.RecommendingState(page.Language.Code, page.Country.Code, pageSlug)) + "#" + Anchor(row)
                : null,
            row.Text,
            ResponseVocabulary.Key(row.Response),
            l.Response(row.Response),
            issues.Select(l.Issue).ToList(),
            string.Join('|', issues),
            row.Themes.Select(l.UhriTheme).ToList(),
            string.Join('|', row.Themes),
            row.ActionCategory is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : "none",
            row.ActionCategory is not null && row.ActionCategoryEstimated
                ? l.Fill("data.category_estimated", ("category", l.Category(row.ActionCategory)))
                : l.Category(row.ActionCategory),
            ReferenceOf(row),
            ImplementationStatusVocabulary.Key(rating?.Status),
            l.Status(rating?.Status),
            rating is null || string.IsNullOrWhiteSpace(rating.Evidence) ? null : rating.Evidence,
            string.IsNullOrWhiteSpace(rating?.Source) ? null : rating.Source,
            rating?.Assessed is { } d ? l.Format.Date(d) : null,
            rating?.Assessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            issues,
            l.ForeignTextLang);
    }

    public static string Anchor(Recommendation row) => AnchorOf(row.Id);

    /// <summary>
    /// The recommendation's anchor on its State's page: rec- and its id, with ASCII letters, digits, '-' and '.' as they
    /// are and any other UTF-16 unit as _hex_, so two ids never share an anchor ("KH 1" → rec-KH_20_1, "KH-1" → rec-KH-1).
    /// </summary>
    public static string AnchorOf(string id)
    {
        var anchor = new StringBuilder("rec-", id.Length + 4);
        foreach (var c in id)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
            {
                anchor.Append(c);
            }
            else
            {
                anchor.Append('_').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return anchor.ToString();
    }

    /// <summary>"A/HRC/26/16, 118.1" when the row gives its document.</summary>
    public static string? ReferenceOf(Recommendation row) => (row.Document, row.Paragraph) switch
    {
        ({ Length: > 0 } document, { Length: > 0 } paragraph) => $"{document}, {paragraph}",
        ({ Length: > 0 } document, _) => document,
        _ => null,
    };
}
