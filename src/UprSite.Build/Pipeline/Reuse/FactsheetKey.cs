using System.Globalization;
using System.Text;
using UprSite.Core.Model;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// What pages other than a factsheet's own read of it — its name, language, title, description, issues, review, SDGs,
/// contact, date and draft mark, as links, lists and previous recommendations show them — as one text, so that an
/// edit of a factsheet's body leaves the groups of pages that only list it (<see cref="PageGroups"/>) as they were.
/// </summary>
public static class FactsheetKey
{
    public static string Of(IEnumerable<Factsheet> factsheets)
    {
        var text = new StringBuilder();
        foreach (var f in factsheets)
        {
            text.Append(f.CountryCode).Append('\u001f').Append(f.Slug).Append('\u001f').Append(f.Language).Append('\u001f').Append(f.Title)
                .Append('\u001f').Append(f.Description).Append('\u001f').AppendJoin('\u001e', f.Issues)
                .Append('\u001f').Append(f.Review?.ToString(CultureInfo.InvariantCulture)).Append('\u001f').AppendJoin('\u001e', f.Sdgs)
                .Append('\u001f').Append(f.Contact?.Name).Append('\u001f').Append(f.Contact?.Email)
                .Append('\u001f').Append(f.Updated?.ToString("O", CultureInfo.InvariantCulture)).Append('\u001f').Append(f.Draft is not null)
                .Append('\u001f').Append(f.Source.Path).Append('\u001d');
        }

        return text.ToString();
    }
}
