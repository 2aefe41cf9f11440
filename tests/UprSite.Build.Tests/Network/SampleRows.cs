using System.Globalization;
using System.Text;

namespace UprSite.Build.Tests.Network;

/// <summary>The rows of one country of the sample, read from its CSVs with a plain RFC 4180 reader of this test's own.</summary>
public static class SampleRows
{
    public static IReadOnlyList<SampleRow> Of(string country)
    {
        var folder = Path.Combine(NetworkSample.Input, "countries", country, "recommendations");
        var rows = new List<SampleRow>();
        foreach (var file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var records = Records(File.ReadAllText(file));
            var header = records[0];
            int At(string name) => header.IndexOf(name);
            rows.AddRange(records.Skip(1).Select(f => new SampleRow(
                int.Parse(f[At("cycle")], CultureInfo.InvariantCulture), f[At("recommending_state")], f[At("response")],
                f[At("paragraph")], f[At("affected_persons")], f[At("issues")], f[At("action_category")])));
        }

        return rows;
    }

    /// <summary>Records of fields; a quoted field may hold commas, doubled quotes and line breaks (CRLF or LF line ends).</summary>
    internal static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '\r')
            {
                continue;
            }
            else if (c is ',' or '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                if (c == '\n')
                {
                    records.Add(record);
                    record = [];
                }
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
