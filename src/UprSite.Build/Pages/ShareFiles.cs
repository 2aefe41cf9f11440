using System.Buffers.Binary;
using UprSite.Build.Output;
using UprSite.Build.Pages.Models;
using UprSite.Build.Sources;

namespace UprSite.Build.Pages;

/// <summary>
/// The favicon and the share image (og:image) every page names. A file in input/static/ wins (it is copied to the
/// site root as is); else assets/ as merged, so input/assets/ overrides the theme's default, named by its hashed
/// name like every asset (<see cref="AssetPlan"/>). Resolved once per build.
/// </summary>
public sealed class ShareFiles
{
    private static readonly string[] FaviconNames = ["favicon.svg", "favicon.png", "favicon.ico"];
    private static readonly string[] ImageNames = ["share.png", "share.jpg"];

    private readonly string? _favicon;
    private readonly string? _image;
    private readonly (int Width, int Height)? _imageSize;

    public ShareFiles(SourceSet sources)
    {
        _favicon = Find(sources, FaviconNames, "assets/")?.OutputPath;
        if (Find(sources, ImageNames, "assets/images/") is { } image)
        {
            _image = image.OutputPath;
            _imageSize = PngSize(image.Bytes);
        }
    }

    public ShareView View(ViewFactory views, AssetPlan assets) => new(
        _favicon is null ? null : views.Href(assets.Address(_favicon)),
        _favicon is null ? null : TypeOf(_favicon),
        _image is null ? null : views.Absolute(assets.Address(_image)),
        _imageSize?.Width,
        _imageSize?.Height);

    private static (string OutputPath, byte[] Bytes)? Find(SourceSet sources, string[] names, string assetFolder)
    {
        foreach (var name in names)
        {
            if (sources.FindInput($"static/{name}") is { } file)
            {
                return (name, file.Bytes);
            }
        }

        foreach (var name in names)
        {
            var path = assetFolder + name;
            if (sources.Resolve(path) is { } file)
            {
                return (path, file.Bytes);
            }
        }

        return null;
    }

    private static string TypeOf(string path) => Path.GetExtension(path) switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "image/x-icon",
    };

    /// <summary>Width and height from a PNG's IHDR chunk; null for anything else.</summary>
    private static (int, int)? PngSize(byte[] bytes) =>
        bytes.Length >= 24 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
            ? (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)))
            : null;
}
