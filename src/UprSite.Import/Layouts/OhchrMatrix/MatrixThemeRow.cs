namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>A "Theme: …" row opening a cluster of recommendations, with where it stands in the document.</summary>
public sealed record MatrixThemeRow(MatrixTheme Theme, int Table, int Row);
