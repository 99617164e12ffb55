using Circles.Web.Accounts;

namespace Circles.UnitTests.Accounts;

/// <summary>Issue 14, hole 3: a return address is followed only when it is a path on this site.</summary>
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/home/member")]
    [InlineData("/journal/7d0c2a8e-7c1b-4a3e-9f55-2a6f0d1c9b11?page=2#entry")]
    [InlineData("/directory?q=caf%C3%A9")]
    public void OrHome_WithAPathOnThisSite_KeepsIt(string url) => Assert.Equal(url, LocalUrl.OrHome(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("/home\\..\\evil")]
    [InlineData("/home/member\u0000")]
    [InlineData("home/member")]
    [InlineData("javascript:alert(1)")]
    public void OrHome_WithAnythingElse_SendsHome(string? url) => Assert.Equal("/", LocalUrl.OrHome(url));
}
