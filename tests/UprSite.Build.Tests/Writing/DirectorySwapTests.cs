using UprSite.Build.Writing;

namespace UprSite.Build.Tests.Writing;

/// <summary>The atomic exchange the output swap relies on, on this machine's real file system.</summary>
public sealed class DirectorySwapTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("uprsite-swap-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void On_linux_two_folders_are_exchanged_in_one_step()
    {
        var site = Directory.CreateDirectory(Path.Combine(_root, "_site")).FullName;
        var staging = Directory.CreateDirectory(Path.Combine(_root, "_site.new")).FullName;
        File.WriteAllText(Path.Combine(site, "old.txt"), "old");
        File.WriteAllText(Path.Combine(staging, "new.txt"), "new");

        var exchanged = DirectorySwap.TryExchange(staging, site);

        Assert.Equal(OperatingSystem.IsLinux(), exchanged);
        Assert.True(File.Exists(Path.Combine(site, exchanged ? "new.txt" : "old.txt")));
        Assert.True(File.Exists(Path.Combine(staging, exchanged ? "old.txt" : "new.txt")));
    }

    [Fact]
    public void On_linux_exchanging_with_a_folder_that_does_not_exist_is_an_io_error_not_a_silent_fallback()
    {
        var staging = Directory.CreateDirectory(Path.Combine(_root, "_site.new")).FullName;

        Assert.Throws<IOException>(() => DirectorySwap.TryExchange(staging, Path.Combine(_root, "missing")));
    }
}
