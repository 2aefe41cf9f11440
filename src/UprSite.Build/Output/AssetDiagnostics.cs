using System.Text;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Output;

/// <summary>What the asset plan found wrong in the input: each import that closes a circle of stylesheets (UPR0404), at its line.</summary>
public static class AssetDiagnostics
{
    public static IReadOnlyList<Diagnostic> Of(AssetPlan plan, SourceSet sources)
    {
        if (plan.ImportCircles.Count == 0)
        {
            return [];
        }

        var files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in sources.MergedUnder("assets"))
        {
            files[file.Path] = file;
        }

        foreach (var file in sources.InputUnder("static").Where(AssetSources.IsStaticAsset))
        {
            files[file.Path["static/".Length..]] = file;
        }

        return plan.ImportCircles.Select(circle =>
        {
            var file = files.GetValueOrDefault(circle.From);
            var (line, column) = file is null ? (0, 0) : CssReferences.Locate(circle.From, Encoding.UTF8.GetString(file.Bytes), circle.To);
            return Diagnostic.Warning(DiagnosticCodes.StylesheetImportCircle,
                $"'{circle.From}' imports '{circle.To}', which imports it back (directly or through other stylesheets); this reference is left pointing at '{circle.To}', which the site serves only under its hashed name. Remove one of the imports: put what both need in a third stylesheet",
                file?.DisplayPath ?? circle.From, line, column);
        }).ToList();
    }
}
