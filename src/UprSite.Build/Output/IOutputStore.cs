namespace UprSite.Build.Output;

/// <summary>Where <see cref="OutputSet"/> puts each file as it is added (the staging folder of a build that writes).</summary>
public interface IOutputStore
{
    /// <summary>Writes the file at output path <paramref name="path"/>; safe to call from several threads for different paths.</summary>
    void Write(string path, byte[] content);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark), as <see cref="Write(string, byte[])"/> would its bytes.</summary>
    void Write(string path, string text);

    /// <summary>Writes the file at <paramref name="path"/> through <paramref name="write"/>, straight to where it is kept (no copy of the whole file in memory).</summary>
    void Write(string path, Action<Stream> write);

    byte[] Read(string path);

    void Delete(string path);
}
