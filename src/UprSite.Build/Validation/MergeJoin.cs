namespace UprSite.Build.Validation;

/// <summary>A row (<paramref name="Entry"/>) merged into another file's row (<paramref name="Into"/>) by <paramref name="Kind"/>.</summary>
/// <param name="Similarity">For <see cref="MergeJoinKind.NearText"/>: how alike the texts are, 0–1 (<see cref="NearText.Similarity"/>).</param>
internal sealed record MergeJoin(int Entry, int Into, MergeJoinKind Kind, double Similarity);
