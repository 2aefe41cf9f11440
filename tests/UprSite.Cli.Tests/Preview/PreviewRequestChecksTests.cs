using UprSite.Cli.Preview;

namespace UprSite.Cli.Tests.Preview;

public sealed class PreviewRequestChecksTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST:80", true)]
    [InlineData("[::1]", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("[::1", false)]
    [InlineData("[::2]:5080", false)]
    [InlineData("127.0.0.2", false)]
    [InlineData("127.0.0.1:", false)]
    [InlineData("127.0.0.1:5080x", false)]
    [InlineData("127.0.0.1:1234567", false)]
    [InlineData("localhost.attacker.example", false)]
    [InlineData("attacker.example", false)]
    [InlineData("127.0.0.1@attacker.example", false)]
    public void The_host_must_be_a_loopback_name(string? host, bool allowed) =>
        Assert.Equal(allowed, LoopbackHost.IsAllowed(host));

    [Theory]
    [InlineData("/", true, "")]
    [InlineData("", true, "")]
    [InlineData("/en/index.html", true, "en/index.html")]
    [InlineData("/%00", true, "%00")]
    [InlineData("/en/../site.yml", false, "")]
    [InlineData("/en/./index.html", false, "")]
    [InlineData("/..", false, "")]
    [InlineData("/en\\..\\site.yml", false, "")]
    [InlineData("/en/\0/", false, "")]
    [InlineData("/en/\r\n", false, "")]
    [InlineData("/en/\u0085", false, "")]
    [InlineData("en/index.html", false, "")]
    public void A_path_is_checked_once_and_never_decoded_again(string decoded, bool valid, string relative)
    {
        Assert.Equal(valid, PreviewPath.TryRead(decoded, out var read));
        Assert.Equal(relative, read);
    }
}
