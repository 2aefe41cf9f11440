using UprSite.Build.Output;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>A page as a build rendered it: the fingerprint of what it was made from, its file (bytes and index), where its links point and the UI strings it missed.</summary>
public sealed record KeptPage(byte[] Fingerprint, OutputFile File, IReadOnlyList<string> Targets, IReadOnlyList<(string Language, string Key)> Missed);
