using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>Directory services straight in the database, and posts made the way a browser without JavaScript makes them.</summary>
public static class PeerArrangement
{
    public static async Task<string> AddServiceAsync(this CirclesApp app, TestOrganization organization, string? id = null, string name = "Harbour legal clinic")
    {
        id ??= "svc-" + Guid.NewGuid().ToString("N")[..8];
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        db.Set<HsdsService>().Add(new HsdsService { Id = id, Name = name, Status = "active" });
        await db.SaveChangesAsync();
        return id;
    }

    public static string NotesPath(string serviceId) => $"/directory/services/{serviceId}/notes";

    /// <summary>
    /// Posts <paramref name="fields"/> with a valid anti-forgery token of this client (taken from its
    /// password page, which every role can open), so that only authorization or the handler can refuse.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, IDictionary<string, string> fields)
    {
        var (response, page) = await client.GetPageAsync("/account/password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>The text of main, where pages put what they show.</summary>
    public static async Task<string> MainTextAsync(this HttpClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector("main")!.TextContent;
    }
}
