using System.Globalization;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>
/// A member asks for help with something. Only the category is required; the description is
/// encrypted (SEC-27) and contact stays in Circles unless they choose otherwise (SEC-7).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class NewModel(CirclesDb db, FieldProtector protector, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public NeedForm Form { get; set; } = new();

    public IReadOnlyList<CommunityChoice> Communities { get; private set; } = [];

    public async Task OnGetAsync(string? service)
    {
        await LoadAsync();
        Form.Language = NeedLanguages.IsKnown(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName
            : "en";
        if (Communities.Count == 1)
        {
            Form.CommunityId = Communities[0].Id;
        }
        // From a service's page: say which service, in words the member sees and can change.
        if (!string.IsNullOrEmpty(service))
        {
            var name = await db.Set<HsdsService>().Where(s => s.Id == service).Select(s => s.Name).FirstOrDefaultAsync(HttpContext.RequestAborted);
            if (name is not null)
            {
                Form.Description = l["I asked about this service: {0}", name];
            }
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        NeedChoices.Validate(Form, Communities, ModelState, l);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var need = NeedChoices.NewNeed(Form, User.GetUserId()!.Value, clock.GetUtcNow().UtcDateTime, protector);
        db.Needs.Add(need);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Needs/Details", new { id = need.Id, done = "raised" });
    }

    private async Task LoadAsync() =>
        Communities = await NeedChoices.CommunitiesOfAsync(db, User.GetUserId()!.Value, HttpContext.RequestAborted);
}
