using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// The self-check of the public pages (issue 15) is answered entirely in the page: answering
/// every question and showing the result makes no request and leaves nothing in the browser
/// (no cookie, no local or session storage). Without JavaScript all the guidance is there.
/// </summary>
public sealed class PublicSiteSelfCheckTests(CirclesServer server) : BrowserTest(server), IClassFixture<CirclesServer>
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task AnsweringEveryQuestion_SendsNothing_StoresNothing(string language)
    {
        // A fresh browser whose own language is the one under test: no language cookie either.
        var browser = await SharedBrowser.GetAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Origin,
            IgnoreHTTPSErrors = true,
            ViewportSize = Phone,
            Locale = language,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/public-site/demo/self-check");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("[data-self-check-results]")).ToBeHiddenAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Method + " " + request.Url);

        var questions = page.Locator("[data-self-check] fieldset");
        var count = await questions.CountAsync();
        Assert.InRange(count, 8, 10);
        for (var i = 0; i < count; i++)
        {
            await questions.Nth(i).Locator(i % 2 == 0 ? "input[data-answer=no]" : "input[data-answer=yes]").CheckAsync();
        }
        await page.Locator("[data-self-check-show]").ClickAsync();
        await Expect(page.Locator("[data-result=some]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-result=none]")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-result=some] a[href=help]")).ToBeVisibleAsync();

        // All "no": the other text.
        for (var i = 0; i < count; i++)
        {
            await questions.Nth(i).Locator("input[data-answer=no]").CheckAsync();
        }
        await page.Locator("[data-self-check-show]").ClickAsync();
        await Expect(page.Locator("[data-result=none]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-result=some]")).ToBeHiddenAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Empty(requests);
        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.localStorage.length + window.sessionStorage.length"));
    }

    [Fact]
    public async Task WithoutJavaScript_AllQuestionsAndBothResultsAreShown()
    {
        var context = await NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        await page.OpenAsync("/public-site/demo/self-check");

        await Expect(page.Locator("[data-result=some]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-result=none]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-self-check-show]")).ToBeHiddenAsync();
        await Expect(page.Locator(".crisis-lines")).ToBeVisibleAsync();
    }
}
