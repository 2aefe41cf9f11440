using UprSite.Core.Factsheets;
using UprSite.Core.Model;

namespace UprSite.Build.Pages;

/// <summary>
/// Applies one change to every piece of a factsheet's rendered Markdown (the body and its parts): retargeting links
/// on a fallback page, isolating document symbols on a right-to-left page.
/// </summary>
public static class FactsheetHtml
{
    public static Factsheet Map(Factsheet factsheet, Func<string, string> map)
    {
        FactsheetPart? MapPart(FactsheetPart? part) => part is null
            ? null
            : part with
            {
                IntroHtml = map(part.IntroHtml),
                OutroHtml = map(part.OutroHtml),
                Items = part.Items.Select(i => i with { Html = map(i.Html) }).ToList(),
            };

        var sections = factsheet.Sections;
        return factsheet with
        {
            Body = factsheet.Body with { Html = map(factsheet.Body.Html) },
            Sections = sections with
            {
                ContextHtml = map(sections.ContextHtml),
                Questions = MapPart(sections.Questions),
                Recommendations = MapPart(sections.Recommendations),
                MoreHtml = map(sections.MoreHtml),
            },
        };
    }
}
