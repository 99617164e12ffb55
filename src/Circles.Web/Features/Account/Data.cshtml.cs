using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circles.Web.Accounts;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.MyData;

/// <summary>
/// "Download everything Circles holds about me" (issue 6, SEC-37): after typing the password
/// again, as a file this browser downloads, never by email. The typed password also opens the
/// journal and safety plan for the download. Someone with a second factor must also have given it
/// in the last five minutes (SEC-17, "Confirm it is you"): the password alone is what someone
/// looking over their shoulder may know. Every download is audited without its content (SEC-32).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class IndexModel(
    UserManager<CirclesUser> users,
    CirclesSignInManager signIn,
    PersonalKeys personalKeys,
    PersonalDataExport export,
    AuditLog audit,
    Data.CirclesDb db,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const string Json = "json";
    public const string Html = "html";

    [BindProperty]
    public DownloadForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || User.GetSessionId() is not { } sessionId)
        {
            return Challenge();
        }
        if (await RecentConfirmation.NeededAsync(HttpContext) == Factor.SecondFactor && !await RecentConfirmation.IsFreshAsync(HttpContext))
        {
            return RecentConfirmation.ConfirmFirst(HttpContext);
        }
        if (Form.Format is not (Json or Html))
        {
            ModelState.AddModelError("Form.Format", l["Choose how you want your data."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var check = await signIn.CheckPasswordSignInAsync(user, Form.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Form.Password", check.IsLockedOut
                ? l["Too many tries. Please wait a few minutes and try again."]
                : l["That password is not right."]);
            Form.Password = "";
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        var (key, privateSpace) = await OpenPrivateSpaceAsync(user, sessionId, ct);
        var data = await export.BuildAsync(user.Id, user.UserName ?? "", key, privateSpace, section => section.Title(l), ct);

        audit.Record(user.OrganizationId, user.Id, AuditActions.MyDataExported, Form.Format);
        await db.SaveChangesAsync(ct);

        // SEC-37: a download in this browser; no-store so no cache or proxy keeps a copy.
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
        var day = data.MadeAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Form.Format == Json
            ? File(PersonalDataJson.Write(data, l), "application/json; charset=utf-8", $"my-data-{day}.json")
            : File(PersonalDataHtml.Write(data, l, CultureInfo.CurrentUICulture), "text/html; charset=utf-8", $"my-data-{day}.html");
    }

    /// <summary>The person's own key for the journal and plan: already open in this session, or opened with the password just typed.</summary>
    private async Task<(byte[]? Key, PrivateSpaceInExport State)> OpenPrivateSpaceAsync(CirclesUser user, Guid sessionId, CancellationToken ct)
    {
        if (personalKeys.CurrentKey(HttpContext) is { } open)
        {
            return (open, PrivateSpaceInExport.Opened);
        }
        // Never used: nothing is sealed, and a download is no reason to make a key.
        if (!await personalKeys.ExistsAsync(user.Id, ct))
        {
            return (null, PrivateSpaceInExport.NoKey);
        }
        var outcome = await personalKeys.UnlockAsync(HttpContext, user, Form.Password, sessionId, ct);
        return outcome == UnlockOutcome.WrappedWithEarlierPassword
            ? (null, PrivateSpaceInExport.WrappedWithEarlierPassword)
            : (personalKeys.CurrentKey(HttpContext), PrivateSpaceInExport.Opened);
    }

    public sealed class DownloadForm
    {
        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        public string Format { get; set; } = Html;
    }
}
