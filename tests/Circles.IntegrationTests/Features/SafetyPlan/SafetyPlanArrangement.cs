using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.PrivateSpace;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.SafetyPlan;

/// <summary>Filling in, reading and arranging safety plans the way a member's browser does.</summary>
public static class SafetyPlanArrangement
{
    public const string EditPath = "/safety-plan/edit";
    public const string FormSelector = "main form[data-plan-form]";

    /// <summary>The six fields of the form, in the order of the page.</summary>
    public static readonly string[] Fields =
        ["Form.WarningSigns", "Form.CopingSteps", "Form.PeopleAndPlaces", "Form.TrustedContacts", "Form.CrisisLines", "Form.Reasons"];

    /// <summary>A distinct canary per part: text that must appear nowhere but on the member's own pages.</summary>
    public static Dictionary<string, string> Canaries(string tag) =>
        Fields.ToDictionary(field => field, field => $"canary-{tag}-{field[5..]}-{Guid.NewGuid():N}");

    public static async Task<HttpResponseMessage> SavePlanAsync(this HttpClient client, IDictionary<string, string> values) =>
        await client.SubmitFormAsync(EditPath, values, FormSelector);

    /// <summary>The text of each textarea of a form page, by field name.</summary>
    public static Dictionary<string, string> TypedText(IHtmlDocument page) =>
        page.QuerySelectorAll($"{FormSelector} textarea").Cast<IHtmlTextAreaElement>().ToDictionary(t => t.Name!, t => t.Value);

    /// <summary>Makes this browser lose the personal key cookie, as after two-step sign-in or a lost cookie.</summary>
    public static void ForgetPersonalKey(this CirclesApp app, HttpClient client)
    {
        var jar = app.CookiesOf(client);
        var uri = new Uri("https://localhost/");
        var keyCookie = jar.GetCookies(uri).Single(c => c.Name == "__Host-" + PersonalKeys.CookieBaseName);
        keyCookie.Expired = true;
        Assert.DoesNotContain("__Host-" + PersonalKeys.CookieBaseName + "=", jar.GetCookieHeader(uri), StringComparison.Ordinal);
    }

    public static async Task SetCrisisLinesAsync(this CirclesApp app, TestOrganization organization, string lines) =>
        await app.InOrganizationAsync(organization, db => db.Organizations.Where(o => o.Id == organization.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.CrisisLines, lines)));

    public static void AssertRedirectTo(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location?.OriginalString);
    }
}
