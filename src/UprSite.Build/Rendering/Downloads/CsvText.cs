using System.Text;

namespace UprSite.Build.Rendering.Downloads;

/// <summary>
/// Writes CSV as RFC 4180 says: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break (quotes doubled). UTF-8 without a byte-order mark.
/// </summary>
public sealed class CsvText
{
    private readonly StringBuilder _text = new();

    public CsvText Row(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _text.Append(',');
            }

            first = false;
            Append(field ?? string.Empty);
        }

        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => new UTF8Encoding(false).GetBytes(_text.ToString());

    private void Append(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(field);
            return;
        }

        _text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
