using System.Text;

namespace UprSite.Synthetic;

/// <summary>Quoting for the two formats written: YAML double-quoted scalars and RFC 4180 CSV fields.</summary>
public static class Text
{
    public static string Yaml(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 && !value.StartsWith(' ') ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string CsvLine(params string[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            line.Append(i == 0 ? string.Empty : ",").Append(Csv(fields[i]));
        }

        return line.Append('\n').ToString();
    }
}
