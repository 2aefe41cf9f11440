namespace UprSite.Build.Output;

/// <summary>Where <see cref="OutputSet"/> puts each file as it is added (the staging folder of a build that writes).</summary>
public interface IOutputStore
{
    /// <summary>Writes the file at output path <paramref name="path"/>; safe to call from several threads for different paths.</summary>
    void Write(string path, byte[] content);

    byte[] Read(string path);

    void Delete(string path);
}
