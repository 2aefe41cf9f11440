namespace UprSite.Cli.Preview;

/// <summary>What the preview answers for one path of the site: a status, the body and the name its type comes from.</summary>
/// <param name="TypeFrom">The file name whose extension gives the Content-Type.</param>
/// <param name="Location">Where a redirect points.</param>
public sealed record PreviewAnswer(int Status, byte[] Body, string TypeFrom, string? Location = null);
