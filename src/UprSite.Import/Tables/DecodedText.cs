namespace UprSite.Import.Tables;

/// <summary>A text file's characters and the encoding they were read in.</summary>
/// <param name="Encoding">Its name for messages: "UTF-8", "UTF-16LE", "windows-1252", "Mac Roman".</param>
/// <param name="Uncertain">True when another single-byte encoding fitted the bytes almost as well.</param>
public sealed record DecodedText(string Text, string Encoding, bool Uncertain);
