using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// Uses Circles the way a browser without JavaScript does: read the page, fill in its form
/// (anti-forgery token included), submit it.
/// </summary>
public static class Browsing
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, await response.ParseAsync());
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, finds the form (by CSS selector, default: the first form in main),
    /// keeps its current values, applies <paramref name="values"/> and posts it.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string pageUrl, IDictionary<string, string> values, string formSelector = "main form")
    {
        var (response, document) = await client.GetPageAsync(pageUrl);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        return await client.SubmitAsync(form, pageUrl, values);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, string pageUrl, IDictionary<string, string> values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    fields.Add(new(textArea.Name!, textArea.Value));
                    break;
            }
        }
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : pageUrl;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in through the real pages, with the authenticator code for staff. Returns the final redirect.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, TestUser user, string password = CirclesApp.Password)
    {
        var response = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = user.UserName,
            ["Form.Password"] = password,
        });
        if (response.Headers.Location?.OriginalString.StartsWith("/account/signin/two-factor", StringComparison.Ordinal) == true)
        {
            var code = Totp.Code(user.AuthenticatorKey!, TimeProvider.System.GetUtcNow());
            response = await client.SubmitFormAsync(response.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = code });
        }
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {user.UserName} answered {(int)response.StatusCode}");
        }
        return response;
    }

    public static async Task<HttpClient> SignedInAsync(this CirclesApp app, TestUser user)
    {
        var client = app.NewBrowser();
        await client.SignInAsync(user);
        return client;
    }
}
