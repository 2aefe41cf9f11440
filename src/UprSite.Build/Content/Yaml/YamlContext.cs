using UprSite.Core.Diagnostics;
using YamlDotNet.Core;

namespace UprSite.Build.Content.Yaml;

/// <summary>Where a YAML document sits in its file, and where its diagnostics go.</summary>
public sealed record YamlContext(string File, int LineOffset, DiagnosticList Diagnostics)
{
    public (int Line, int Column) Position(Mark mark) => ((int)mark.Line + LineOffset, (int)mark.Column);

    public void Error(DiagnosticCode code, string message, Mark at)
    {
        var (line, column) = Position(at);
        Diagnostics.Add(Diagnostic.Error(code, message, File, line, column));
    }

    public void Warning(DiagnosticCode code, string message, Mark at)
    {
        var (line, column) = Position(at);
        Diagnostics.Add(Diagnostic.Warning(code, message, File, line, column));
    }
}
