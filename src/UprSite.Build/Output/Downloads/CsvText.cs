using System.Text;

namespace UprSite.Build.Output.Downloads;

/// <summary>
/// Writes CSV as RFC 4180 says: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break (quotes doubled). UTF-8 without a byte-order mark. A field a spreadsheet would read as a formula (one
/// that starts with =, +, -, @, a tab or a carriage return, other than a negative number) gets a leading single quote, as OWASP advises against CSV
/// injection, whether or not the field is then quoted.
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
            Append(Neutralise(field ?? string.Empty));
        }

        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => new UTF8Encoding(false).GetBytes(_text.ToString());

    /// <summary>The field as a spreadsheet may show it without evaluating it; a negative number ("-0.25") stays a number.</summary>
    public static string Neutralise(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNegativeNumber(field) ? "'" + field : field;

    /// <summary>"-12" or "-0.2286": digits after the minus, at most one point between digits; nothing a spreadsheet evaluates.</summary>
    private static bool IsNegativeNumber(string field)
    {
        var digits = field.AsSpan(1);
        var point = digits.IndexOf('.');
        return digits.Length > 0 && (point < 0 ? AllDigits(digits) : point > 0 && AllDigits(digits[..point]) && AllDigits(digits[(point + 1)..]) && point < digits.Length - 1);
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

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
