namespace UprSite.Build.Output.Matrix;

/// <summary>The rows listed under one "Theme: …" row of the matrix.</summary>
public sealed record MatrixCluster(string Theme, IReadOnlyList<MatrixRow> Rows);
