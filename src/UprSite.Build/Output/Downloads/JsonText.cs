using System.Text.Encodings.Web;
using System.Text.Json;

namespace UprSite.Build.Output.Downloads;

/// <summary>Indented UTF-8 JSON with letters of every script left readable, LF line ends and a final newline.</summary>
public static class JsonText
{
    public static byte[] Write(Action<Utf8JsonWriter> write) => Write(write, indented: true);

    /// <summary>The same without indentation: for files a page loads (the explorer's data), where every byte is waited for.</summary>
    public static byte[] WriteCompact(Action<Utf8JsonWriter> write) => Write(write, indented: false);

    private static byte[] Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = indented,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        buffer.Write("\n"u8);
        return buffer.ToArray();
    }

    /// <summary>A share rounded to four decimals (0.7951), or null.</summary>
    public static void Share(Utf8JsonWriter json, string name, double? share)
    {
        if (share is { } value)
        {
            json.WriteNumber(name, Math.Round(value, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static void NumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

}
