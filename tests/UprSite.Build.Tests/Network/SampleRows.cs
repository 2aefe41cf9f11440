using System.Globalization;
using System.Text;

namespace UprSite.Build.Tests.Network;

/// <summary>The rows of one country of the sample, read from its CSVs with a plain RFC 4180 field splitter.</summary>
public static class SampleRows
{
    public static IReadOnlyList<SampleRow> Of(string country)
    {
        var folder = Path.Combine(NetworkSample.Input, "countries", country, "recommendations");
        var rows = new List<SampleRow>();
        foreach (var file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var header = Fields(lines[0]);
            int At(string name) => header.IndexOf(name);
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var f = Fields(line);
                rows.Add(new SampleRow(int.Parse(f[At("cycle")], CultureInfo.InvariantCulture), f[At("recommending_state")],
                    f[At("response")], f[At("paragraph")]));
            }
        }

        return rows;
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
