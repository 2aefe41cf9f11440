using System.Text;
using System.Text.Json;
using UprSite.Core.Diagnostics;

namespace UprSite.Cli;

/// <summary>
/// A diagnostic as one line of JSON with the fields of the MSBuild form:
/// <c>{"file":"input/site.yml","line":3,"column":1,"severity":"error","code":"UPR0102","message":"…"}</c>.
/// line and column are null when the diagnostic concerns the whole file.
/// </summary>
public static class DiagnosticJson
{
    public static string Format(Diagnostic diagnostic)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("file", diagnostic.File);
            if (diagnostic.Line > 0)
            {
                json.WriteNumber("line", diagnostic.Line);
                json.WriteNumber("column", Math.Max(diagnostic.Column, 1));
            }
            else
            {
                json.WriteNull("line");
                json.WriteNull("column");
            }

            json.WriteString("severity", Severity(diagnostic.Severity));
            json.WriteString("code", diagnostic.Code);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Severity(Severity severity) => severity switch
    {
        Core.Diagnostics.Severity.Error => "error",
        Core.Diagnostics.Severity.Info => "info",
        _ => "warning",
    };
}
