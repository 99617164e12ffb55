using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;

namespace Circles.IntegrationTests.Accounts;

/// <summary>SEC-15 and SEC-14: reset with a coordinator's single-use code; no bypass of two-step sign-in; one answer for every failure.</summary>
public sealed class PasswordResetTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private const string NewPassword = "a brand new walking path";

    private async Task<string> ResetCodeForAsync(TestOrganization organization, TestUser person)
    {
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var response = await coordinator.SubmitFormAsync($"/people/{person.Id}", new Dictionary<string, string>(), "form[action*='handler=ResetCode']");
        return (await response.ParseAsync()).QuerySelector("[data-reset-code]")!.TextContent.Trim();
    }

    private async Task<HttpResponseMessage> ResetAsync(string userName, string code, string? authenticatorCode = null) =>
        await app.NewBrowser().SubmitFormAsync("/account/reset", new Dictionary<string, string>
        {
            ["Form.UserName"] = userName,
            ["Form.Code"] = code,
            ["Form.AuthenticatorCode"] = authenticatorCode ?? "",
            ["Form.NewPassword"] = NewPassword,
            ["Form.ConfirmPassword"] = NewPassword,
        });

    private static async Task<string> MainTextAsync(HttpResponseMessage response) =>
        (await response.ParseAsync()).QuerySelector("main")!.TextContent.Trim();

    [Fact]
    public async Task Reset_WithCode_SetsTheNewPasswordAndSignsOutEveryDevice()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var oldDevice = await app.SignedInAsync(member);
        var code = await ResetCodeForAsync(organization, member);

        var reset = await ResetAsync(member.UserName, code);

        Assert.Contains("Your password is changed", await MainTextAsync(reset), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await oldDevice.GetAsync("/home/member")).StatusCode);
        var signedIn = await app.NewBrowser().SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = member.UserName,
            ["Form.Password"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Reset_CodeUsedTwice_SecondTimeFails()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var code = await ResetCodeForAsync(organization, member);
        await ResetAsync(member.UserName, code);

        var again = await ResetAsync(member.UserName, code);

        Assert.Contains("That did not work", await MainTextAsync(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_AfterAnHour_Fails()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var code = await ResetCodeForAsync(organization, member);
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Contains("That did not work", await MainTextAsync(await ResetAsync(member.UserName, code)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_ForStaffWithTwoFactor_NeedsTheAppCodeToo()
    {
        var organization = await app.CreateOrganizationAsync();
        var facilitator = await app.AddUserAsync(organization.Id, Roles.Facilitator);
        var code = await ResetCodeForAsync(organization, facilitator);

        var withoutAppCode = await ResetAsync(facilitator.UserName, code);
        Assert.Contains("That did not work", await MainTextAsync(withoutAppCode), StringComparison.Ordinal);

        var withAppCode = await ResetAsync(facilitator.UserName, code, Totp.Code(facilitator.AuthenticatorKey!, TimeProvider.System.GetUtcNow()));
        Assert.Contains("Your password is changed", await MainTextAsync(withAppCode), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_UnknownNameOrWrongCode_AnswerTheSame()
    {
        var organization = await app.CreateOrganizationAsync();

        var unknown = await ResetAsync("nobody-" + Guid.NewGuid().ToString("N")[..6], "ABCDE-FGHJK");
        var wrongCode = await ResetAsync(organization.Member.UserName, "ABCDE-FGHJK");

        Assert.Equal(unknown.StatusCode, wrongCode.StatusCode);
        Assert.Equal(await MainTextAsync(unknown), await MainTextAsync(wrongCode));
    }

    [Fact]
    public async Task CodeForOnePerson_CannotResetAnother()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var code = await ResetCodeForAsync(organization, member);

        Assert.Contains("That did not work", await MainTextAsync(await ResetAsync(organization.Member.UserName, code)), StringComparison.Ordinal);
    }
}
