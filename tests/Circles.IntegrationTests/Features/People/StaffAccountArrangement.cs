using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.People;

/// <summary>Closing accounts and asking for two-step resets the way a coordinator's browser does.</summary>
public static class StaffAccountArrangement
{
    public static string ClosePath(Guid personId) => $"/people/{personId}/close";

    public static string RequestPath(Guid personId) => $"/people/{personId}/two-step-reset";

    public const string RequestsPath = "/people/two-step-resets";

    public static Task<HttpResponseMessage> CloseAsync(this HttpClient coordinator, Guid personId) =>
        coordinator.SubmitFormAsync(ClosePath(personId), GroupArrangement.NoFields());

    public static Task<HttpResponseMessage> RequestTwoStepResetAsync(this HttpClient coordinator, Guid personId, string reason = "Lost phone and codes, seen in person") =>
        coordinator.SubmitFormAsync(RequestPath(personId), new Dictionary<string, string> { ["Form.Reason"] = reason });

    /// <summary>Posts the Approve (or Cancel) button of the one request waiting for this person, as shown on the list.</summary>
    public static async Task<HttpResponseMessage> PressOnRequestAsync(this HttpClient coordinator, Guid requestId, string handler) =>
        await coordinator.SubmitFormAsync(RequestsPath, GroupArrangement.NoFields(), $"[data-two-step-request='{requestId}'] form[action*='handler={handler}']");

    /// <summary>Posts to a page with a valid anti-forgery token of this browser, for forms the page does not show to it.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url)
    {
        var (response, page) = await client.GetPageAsync("/account/password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    public static Task<List<AuditEvent>> AuditAsync(this CirclesApp app, TestOrganization organization, string action) =>
        app.InOrganizationAsync(organization, db => db.AuditEvents.Where(a => a.Action == action).ToListAsync());

    public static async Task<string> MainTextAsync(this HttpResponseMessage response) =>
        (await response.ParseAsync()).QuerySelector("main")!.TextContent.Trim();

    /// <summary>The sign-in page's answer to a name and password, as text.</summary>
    public static async Task<string> SignInAnswerAsync(this CirclesApp app, string userName, string password)
    {
        var response = await app.NewBrowser().SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = userName,
            ["Form.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.MainTextAsync();
    }
}
