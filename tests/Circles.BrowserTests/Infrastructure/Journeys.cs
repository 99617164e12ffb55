using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>What people do in Circles, step by step, the way a browser does it: through the forms.</summary>
public static class Journeys
{
    public static string PathOf(this IPage page) => new Uri(page.Url).AbsolutePath;

    /// <summary>A regular expression for a Circles path on any origin, ignoring the query string.</summary>
    public static Regex PathPattern(string path) => new("^https?://[^/]+" + Regex.Escape(path) + @"(\?.*)?$");

    /// <summary>Submits a form with its button and waits until the browser shows the answer.</summary>
    /// <returns>The answer to the POST itself (a redirect when the form was accepted).</returns>
    /// <remarks>
    /// The page with the form is marked first; the wait ends when a document without the mark
    /// (the answer, after any redirects) has fully loaded. Waiting for the "load" state after
    /// the POST instead proved racy under load: it now and then missed the event and hung.
    /// </remarks>
    public static async Task<IResponse> SubmitAsync(this IPage page, ILocator button)
    {
        await page.EvaluateAsync("() => { window.__formPage = true; }");
        var response = await page.RunAndWaitForResponseAsync(
            () => button.ClickAsync(),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        await page.WaitForFunctionAsync("() => !window.__formPage && document.readyState === 'complete'");
        return response;
    }

    /// <summary>Signs in on the sign-in page; ends wherever Circles sends the person next.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password = CirclesServer.DemoPassword)
    {
        await page.GotoAsync("/account/signin");
        await page.Locator("input[name='Form.UserName']").FillAsync(userName);
        await page.Locator("input[name='Form.Password']").FillAsync(password);
        var answer = await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));
        if (answer.Status != 302)
        {
            var shown = await page.Locator("main").InnerTextAsync();
            throw new InvalidOperationException($"Signing in as {userName} answered {answer.Status}, not a redirect. The page says: {shown}");
        }
        await Expect(page).Not.ToHaveURLAsync(PathPattern("/account/signin"));
    }

    /// <summary>
    /// Signs in as a demo account and ends on its role's home. The one-time safety explanation
    /// (SEC-3) is acknowledged if this is the account's first sign-in on this server, so that a
    /// test does not depend on which tests ran before it.
    /// </summary>
    public static async Task SignInToHomeAsync(this IPage page, DemoAccount account)
    {
        await page.SignInAsync(account.UserName);
        if (page.PathOf() == "/account/welcome")
        {
            await page.AcknowledgeSafetyIntroAsync();
        }
        await Expect(page).ToHaveURLAsync(PathPattern(account.HomePath));
        await Expect(page.Locator($"[data-role-home='{account.Role}']")).ToBeVisibleAsync();
    }

    /// <summary>Presses "I understand, continue" on the one-time explanation of quick exit.</summary>
    public static async Task AcknowledgeSafetyIntroAsync(this IPage page)
    {
        await Expect(page).ToHaveURLAsync(PathPattern("/account/welcome"));
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "I understand, continue" }));
        await Expect(page).Not.ToHaveURLAsync(PathPattern("/account/welcome"));
    }

    /// <summary>Signs out with the footer's button.</summary>
    public static async Task SignOutAsync(this IPage page)
    {
        await page.SubmitAsync(page.Locator("footer").GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        await Expect(page).ToHaveURLAsync(PathPattern("/account/signed-out"));
    }

    /// <summary>
    /// Chooses a language with the footer's switcher (en, es or ar), unless the page is in it
    /// already. Signed in, the choice is also kept in the account, so tests set it every time.
    /// </summary>
    public static async Task UseLanguageAsync(this IPage page, string language)
    {
        var html = page.Locator("html");
        if (await html.GetAttributeAsync("lang") == language)
        {
            return;
        }
        await page.Locator("select#language-choice").SelectOptionAsync(language);
        // The button's text is in the page's current language, so it is found by its form.
        await page.SubmitAsync(page.Locator("form.language-switcher button[type=submit]"));
        await Expect(html).ToHaveAttributeAsync("lang", language);
    }

    /// <summary>Opens a Circles path and checks that the browser got a page, not an error.</summary>
    public static async Task<IResponse> OpenAsync(this IPage page, string path, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(response.Status == expectedStatus, $"GET {path} ended on {page.Url} with status {response.Status}, expected {expectedStatus}.");
        return response;
    }
}
