using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Features.Journal;

/// <summary>Writing and reading the journal through its pages, as a member without JavaScript would.</summary>
internal static class JournalSteps
{
    public static string Canary() => "canary-" + Guid.NewGuid().ToString("N");

    /// <summary>Writes an entry and returns its id (from the redirect to it).</summary>
    public static async Task<Guid> WriteAsync(this HttpClient client, string text, string? mood = null, string? promptId = null)
    {
        var response = await client.SubmitFormAsync("/journal/new", new Dictionary<string, string>
        {
            ["Form.Text"] = text,
            ["Form.Mood"] = mood ?? "",
            ["Form.PromptId"] = promptId ?? "",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Writing answered {(int)response.StatusCode}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/journal/", location, StringComparison.Ordinal);
        return Guid.Parse(location["/journal/".Length..]);
    }

    /// <summary>The main text of a page, or "" when it is not a 200 page.</summary>
    public static async Task<string> MainTextAsync(this HttpClient client, string url)
    {
        var (response, document) = await client.GetPageAsync(url);
        return response.StatusCode == HttpStatusCode.OK ? document.QuerySelector("main")?.TextContent ?? "" : "";
    }

    public static bool IsUnlockRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location?.OriginalString.StartsWith("/my-space/unlock?returnUrl=", StringComparison.Ordinal) == true;

    /// <summary>Types the password on the unlock page; returns the answer (a redirect, or the page with the choices).</summary>
    public static Task<HttpResponseMessage> UnlockAsync(this HttpClient client, string password, string returnUrl = "/journal") =>
        client.SubmitFormAsync("/my-space/unlock?returnUrl=" + Uri.EscapeDataString(returnUrl), new Dictionary<string, string> { ["Form.Password"] = password });

    /// <summary>A form found in a page that was answered to a POST (the unlock page's choices are shown only then).</summary>
    public static async Task<IHtmlFormElement> FormInAsync(HttpResponseMessage response, string selector)
    {
        var document = await response.ParseAsync();
        return document.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{selector}' in: {document.QuerySelector("main")?.TextContent}");
    }
}
