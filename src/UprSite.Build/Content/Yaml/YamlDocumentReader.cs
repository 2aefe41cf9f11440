using UprSite.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UprSite.Build.Content.Yaml;

/// <summary>Reads one YAML document (a .yml file or a front matter block) into a <see cref="YamlMap"/>.</summary>
public static class YamlDocumentReader
{
    /// <param name="firstLine">The file line the YAML text starts on (2 for front matter after the opening ---).</param>
    public static YamlMap? Read(string yaml, string file, int firstLine, DiagnosticList diagnostics)
    {
        var context = new YamlContext(file, firstLine - 1, diagnostics);
        var stream = new YamlStream();
        var parser = new BoundedYamlParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException e)
        {
            var (line, column) = context.Position(e.Start);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, $"this YAML cannot be read: {e.Message}", file, line, column));
            return null;
        }
        catch (YamlException e)
        {
            var (line, column) = context.Position(e.Start);
            var reason = e.InnerException?.Message ?? e.Message;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml,
                $"this YAML cannot be read ({reason.TrimEnd('.')}); check the indentation and quote values that contain ':' or '#'",
                file, line, column));
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet builds no document from some shapes its parser lets through (a key with nothing after ':' at
            // the end of a mapping); the last event read is where it stopped.
            var (line, column) = parser.Current is { } at ? context.Position(at.Start) : (firstLine, 1);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml,
                "this YAML cannot be read: a 'key:' here has no key or no value; write 'key: value' on one line, or quote a value that starts with ':'",
                file, line, column));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some unclosed flow lists ("[a, b").
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml,
                "this YAML cannot be read: a list '[…]', a mapping '{…}' or a quote is opened and never closed; check the indentation and the brackets",
                file, firstLine, 1));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return YamlMap.Empty(context);
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, context);
        }

        var (l, c) = context.Position(stream.Documents[0].RootNode.Start);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml,
            "expected 'key: value' lines here, found a single value or a list", file, l, c));
        return null;
    }
}
