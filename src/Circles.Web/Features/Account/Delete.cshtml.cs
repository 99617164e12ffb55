using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.MyData;

/// <summary>
/// A member or peer supporter deletes their own account (issue 6, SEC-36). Staff accounts are
/// not deleted here: the Member policy refuses them (a coordinator closes a staff account).
/// The password and a checkbox confirm it; the erasure itself is <see cref="AccountErasure"/>.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class DeleteModel(
    UserManager<CirclesUser> users,
    CirclesSignInManager signIn,
    CirclesDb db,
    AccountErasure erasure,
    PersonalKeys personalKeys,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public DeleteForm Form { get; set; } = new();

    public ErasedPostsPolicy PostsPolicy { get; private set; }

    public async Task OnGetAsync() => PostsPolicy = await PolicyAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        PostsPolicy = await PolicyAsync();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!Form.Understood)
        {
            ModelState.AddModelError("Form.Understood", l["Tick the box to show you understand this cannot be undone."]);
        }
        if (string.IsNullOrEmpty(Form.Password))
        {
            ModelState.AddModelError("Form.Password", l["Enter your password."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var check = await signIn.CheckPasswordSignInAsync(user, Form.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Form.Password", l["That password is not right."]);
            Form.Password = "";
            return Page();
        }

        await erasure.EraseAsync(user, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        personalKeys.ForgetInThisBrowser(HttpContext);
        return RedirectToPage("/Account/Deleted");
    }

    private Task<ErasedPostsPolicy> PolicyAsync() =>
        db.Organizations.Select(o => o.ErasedPostsPolicy).FirstAsync(HttpContext.RequestAborted);

    public sealed class DeleteForm
    {
        [System.ComponentModel.DataAnnotations.DataType(System.ComponentModel.DataAnnotations.DataType.Password)]
        [System.ComponentModel.DataAnnotations.Display(Name = "Your password")]
        public string Password { get; set; } = "";

        [System.ComponentModel.DataAnnotations.Display(Name = "I understand this cannot be undone")]
        public bool Understood { get; set; }
    }
}
