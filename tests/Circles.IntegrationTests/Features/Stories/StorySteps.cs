using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Features.Stories;

/// <summary>The story lifecycle through its pages, as a member and a coordinator without JavaScript would.</summary>
internal static class StorySteps
{
    public static string Canary() => "canary" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Writes a story and returns its id (from the redirect to it).</summary>
    public static async Task<Guid> WriteStoryAsync(this HttpClient client, string title, string text, string kind = "Success")
    {
        var response = await client.SubmitFormAsync("/stories/mine/new", new Dictionary<string, string>
        {
            ["Form.Kind"] = kind,
            ["Form.Title"] = title,
            ["Form.Text"] = text,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Writing answered {(int)response.StatusCode}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/stories/mine/", location, StringComparison.Ordinal);
        return Guid.Parse(location["/stories/mine/".Length..]);
    }

    public static Task<HttpResponseMessage> ShareAsync(this HttpClient client, Guid id, string audience, string naming, DateOnly? endsOn = null, Guid? groupId = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Form.Audience"] = audience,
            ["Form.Naming"] = naming,
            ["Form.ConsentEndsOn"] = endsOn?.ToString("yyyy-MM-dd") ?? "",
        };
        if (groupId is { } group)
        {
            values["Form.GroupId"] = group.ToString();
        }
        return client.SubmitFormAsync($"/stories/mine/{id}/share", values, "form[data-share-form]");
    }

    public static Task<HttpResponseMessage> SuggestAsync(this HttpClient coordinator, Guid id, string title, string text, string note) =>
        coordinator.SubmitFormAsync($"/stories/review/{id}", new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.Text"] = text,
            ["Form.Note"] = note,
        }, "form[data-suggest-form]");

    public static Task<HttpResponseMessage> PublishAsWrittenAsync(this HttpClient coordinator, Guid id) =>
        coordinator.SubmitFormAsync($"/stories/review/{id}", new Dictionary<string, string>(), "form[data-publish-form]");

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient author, Guid id) =>
        author.SubmitFormAsync($"/stories/mine/{id}", new Dictionary<string, string>(), "form[data-approve-form]");

    public static Task<HttpResponseMessage> WithdrawAsync(this HttpClient author, Guid id) =>
        author.SubmitFormAsync($"/stories/mine/{id}", new Dictionary<string, string>(), "form[data-withdraw-form]");

    /// <summary>An anti-forgery token of this browser's session, from a form it may open.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string url = "/account")
    {
        var (_, document) = await client.GetPageAsync(url);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, string token, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));

    /// <summary>The main text of the public stories page for a fresh anonymous visitor, with the response.</summary>
    public static async Task<(HttpResponseMessage Response, string Text)> PublicStoriesAsync(this CirclesApp app, TestOrganization organization)
    {
        var (response, document) = await app.NewBrowser().GetPageAsync($"/public-site/{organization.Slug}/stories");
        return (response, document.QuerySelector("main")?.TextContent ?? "");
    }
}
