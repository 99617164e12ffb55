using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Accounts;

/// <summary>
/// SEC-13 (issue 14, hole 5): the current password opens the private journal key, so guessing it
/// on the password page is no cheaper than at sign-in: five attempts per person per 15 minutes,
/// and each wrong one spends the sign-in budget of the browser it came from.
/// </summary>
public sealed class PasswordChangeTests(SignInBudgetApp app) : IClassFixture<SignInBudgetApp>
{
    private const string NewPassword = "river stones and quiet mornings";

    private static Dictionary<string, string> Change(string current) => new()
    {
        ["Form.CurrentPassword"] = current,
        ["Form.NewPassword"] = NewPassword,
        ["Form.ConfirmPassword"] = NewPassword,
    };

    private static Dictionary<string, string> Credentials(string name, string password) => new()
    {
        ["Form.UserName"] = name,
        ["Form.Password"] = password,
    };

    private static async Task WrongCurrentPasswordsAsync(HttpClient browser, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var wrong = await browser.SubmitFormAsync("/account/password", Change("not my password " + i));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Your current password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ChangePassword_SixthQuickAttempt_IsRefused_EvenWithTheRightPassword_AndChangesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var browser = await app.SignedInAsync(member);
        await WrongCurrentPasswordsAsync(browser, 5);

        var sixth = await browser.SubmitFormAsync("/account/password", Change(CirclesApp.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Contains("Your password is as it was.", await sixth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/home/member")).StatusCode); // still signed in, calmly
        var withNew = await app.NewBrowser().SubmitFormAsync("/account/signin", Credentials(member.UserName, NewPassword));
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode); // "could not sign you in"
        await app.NewBrowser().SignInAsync(member); // the old password still works
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPasswords_SpendTheSignInBudgetOfThatBrowser()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var browser = await app.SignedInAsync(member);
        await WrongCurrentPasswordsAsync(browser, 5);
        await browser.SubmitFormAsync("/account", new Dictionary<string, string>(), "form[action='/account/signout']");
        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitFormAsync("/account/signin", Credentials(member.UserName, "a wrong guess " + i));
        }

        // 5 wrong on the password page + 5 wrong at sign-in: this browser's 10 are spent.
        var again = await browser.SubmitFormAsync("/account/signin", Credentials(member.UserName, CirclesApp.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_AfterTheWindow_WorksWithTheRightPassword()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var browser = await app.SignedInAsync(member);
        await WrongCurrentPasswordsAsync(browser, 5);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.SubmitFormAsync("/account/password", Change(CirclesApp.Password))).StatusCode);

        // Two steps, so that the session's 15-minute idle limit does not end it meanwhile.
        app.Clock.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/password")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(8));
        var changed = await browser.SubmitFormAsync("/account/password", Change(CirclesApp.Password));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.NewBrowser().SignInAsync(member, NewPassword);
    }
}
