using System.Net;
using Microsoft.AspNetCore.Http;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;

namespace Circles.IntegrationTests.Hosting;

/// <summary>With Circles:PublicUrl set, links people are shown start with it, and other host names are refused.</summary>
public sealed class PublicAddressTests(PublicAddressApp app) : IClassFixture<PublicAddressApp>
{
    [Fact]
    public async Task Request_ForAHostOtherThanThePublicAddress_Answers400()
    {
        var elsewhere = await app.NewBrowser("https://circles.attacker.example").GetAsync("/account/signin");
        var here = await app.NewBrowser().GetAsync("/account/signin");

        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, here.StatusCode);
    }

    [Fact]
    public async Task CreateInvitation_AsCoordinator_LinkStartsWithThePublicAddress()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var page = await (await coordinator.SubmitFormAsync("/invitations", new Dictionary<string, string>
        {
            ["Form.Role"] = Roles.Member,
            ["Form.ValidForDays"] = "7",
        })).ParseAsync();

        Assert.StartsWith(PublicAddressApp.PublicUrl + "/join/", page.QuerySelector("[data-invitation-link]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateCalendarFeed_AsMember_AddressStartsWithThePublicAddress()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var page = await (await member.SubmitFormAsync("/me/calendar", new Dictionary<string, string>())).Content.ReadAsStringAsync();

        Assert.Contains(PublicAddressApp.PublicUrl + "/calendar/", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHeaders_WithNoKnownProxyConfigured_AreIgnored_SEC13()
    {
        var context = await app.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.9");
            c.Request.Method = "GET";
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("circles.example.org");
            c.Request.Path = "/healthz";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.50";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
        });

        Assert.Equal("198.51.100.9", context.Connection.RemoteIpAddress?.ToString());
        Assert.Equal("http", context.Request.Scheme);
    }
}
