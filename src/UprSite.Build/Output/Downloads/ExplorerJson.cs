using UprSite.Build.Compute;
using UprSite.Build.Pages.Data;

namespace UprSite.Build.Output.Downloads;

/// <summary>
/// The explorer's data, the same in every language (docs/downloads.md): index.json holds each filter's values and
/// each row's codes in them, with short keys; text-N.json holds the id, text and reference of 1,000 rows each. The
/// page's own selects give the labels, so the files carry no words of any language.
/// </summary>
public static class ExplorerJson
{
    public static byte[] Index(CountryData data) => JsonText.WriteCompact(json =>
    {
        var index = data.Explorer;
        json.WriteStartObject();
        json.WriteNumber("n", index.RowCount);
        json.WriteNumber("shard", ExplorerIndex.ShardSize);
        json.WriteNumber("page", ExplorerIndex.PageSize);
        json.WriteStartArray("f");
        foreach (var filter in index.Filters)
        {
            json.WriteStartObject();
            json.WriteString("k", filter.Name);
            json.WriteBoolean("m", filter.Multiple);
            JsonText.Strings(json, "v", filter.Values);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var stateValues = index.Filter("state").Values;
        var withPages = data.Slugs.Where(p => CountryData.HasPage(p.Key)).Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        json.WriteStartArray("p");
        foreach (var slug in stateValues)
        {
            json.WriteNumberValue(withPages.Contains(slug) ? 1 : 0);
        }

        json.WriteEndArray();
        json.WriteStartArray("r");
        foreach (var row in index.Codes)
        {
            json.WriteStartArray();
            for (var f = 0; f < row.Length; f++)
            {
                if (index.Filters[f].Multiple)
                {
                    json.WriteStartArray();
                    foreach (var code in row[f])
                    {
                        json.WriteNumberValue(code);
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteNumberValue(row[f].Length > 0 ? row[f][0] : -1);
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>
    /// Rows <paramref name="shard"/> × 1,000 onwards: [id, text, reference or null, where the session comes from
    /// (source, document, review) or null] each.
    /// </summary>
    public static byte[] Text(CountryData data, int shard) => JsonText.WriteCompact(json =>
    {
        json.WriteStartArray();
        foreach (var row in data.Rows.Skip(shard * ExplorerIndex.ShardSize).Take(ExplorerIndex.ShardSize))
        {
            json.WriteStartArray();
            json.WriteStringValue(row.Id);
            json.WriteStringValue(row.Text);
            if (RecommendationViews.ReferenceOf(row) is { } reference)
            {
                json.WriteStringValue(reference);
            }
            else
            {
                json.WriteNullValue();
            }

            if (RecommendationsCsv.SessionSource(row) is { } sessionSource)
            {
                json.WriteStringValue(sessionSource);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    });
}
