using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Groups;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Settings;

/// <summary>
/// The organization's crisis phrases per language. A match only tells a person in Circles (the
/// group's facilitators or a coordinator); nothing is sent outside. Changes are audited as
/// settings changes.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class CrisisPhrasesModel(CirclesDb db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public static readonly IReadOnlyList<string> DoneMessages = ["added", "removed", "gone"];

    [BindProperty]
    public PhraseForm Form { get; set; } = new();

    public IReadOnlyList<PhraseRow> Phrases { get; private set; } = [];
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public string? Done { get; private set; }

    public sealed record PhraseRow(Guid Id, string Language, string Phrase, CrisisCategory Category);

    public async Task OnGetAsync(string? done = null)
    {
        // An organization created since start-up receives its lists on this first visit.
        await CrisisPhraseSeeds.EnsureSeededAsync(db, db.CurrentOrganizationId, clock, HttpContext.RequestAborted);
        Done = DoneMessages.Contains(done) ? done : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        await CrisisPhraseSeeds.EnsureSeededAsync(db, db.CurrentOrganizationId, clock, cancellationToken);
        var phrase = (Form.Phrase ?? "").Trim();
        var languages = await LanguagesAsync(cancellationToken);
        if (!languages.Contains(Form.Language))
        {
            ModelState.AddModelError("Form.Language", l["Choose a language from the list."]);
        }
        if (!Enum.IsDefined(Form.Category))
        {
            ModelState.AddModelError("Form.Category", l["Choose what the phrase is about."]);
        }
        if (ModelState.IsValid)
        {
            var normalized = CrisisDetector.Normalize(phrase);
            if (normalized.Length < 3)
            {
                ModelState.AddModelError("Form.Phrase", l["Write a phrase of at least one word with letters."]);
            }
            else
            {
                var sameLanguage = await db.CrisisPhrases.Where(p => p.Language == Form.Language).Select(p => p.Phrase).ToListAsync(cancellationToken);
                if (sameLanguage.Any(p => CrisisDetector.Normalize(p) == normalized))
                {
                    ModelState.AddModelError("Form.Phrase", l["This phrase is already on the list."]);
                }
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        db.CrisisPhrases.Add(new CrisisPhrase { Language = Form.Language, Phrase = phrase, Category = Form.Category });
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.SettingsChanged, "crisis-phrases");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same phrase added by someone else at the same moment.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Form.Phrase", l["This phrase is already on the list."]);
            await LoadAsync();
            return Page();
        }
        return RedirectToPage(new { done = "added" });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var removed = await db.CrisisPhrases.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return RedirectToPage(new { done = "gone" });
        }
        audit.Record(db.CurrentOrganizationId, User.GetUserId(), AuditActions.SettingsChanged, "crisis-phrases");
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { done = "removed" });
    }

    private async Task LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Languages = await LanguagesAsync(cancellationToken);
        Phrases = (await db.CrisisPhrases
                .Select(p => new PhraseRow(p.Id, p.Language, p.Phrase, p.Category))
                .ToListAsync(cancellationToken))
            .OrderBy(p => Languages.ToList().IndexOf(p.Language) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(p => p.Language, StringComparer.Ordinal)
            .ThenBy(p => p.Category)
            .ThenBy(p => p.Phrase, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The app's languages first, then every language a group meets in, then any language already on the lists.</summary>
    private async Task<IReadOnlyList<string>> LanguagesAsync(CancellationToken cancellationToken)
    {
        var groupLanguages = await db.SupportGroups.Select(g => g.Language).Distinct().ToListAsync(cancellationToken);
        var listed = await db.CrisisPhrases.Select(p => p.Language).Distinct().ToListAsync(cancellationToken);
        return [.. Shared.WebSetup.SupportedCultures
            .Concat(GroupForm.Languages.Where(groupLanguages.Contains))
            .Concat(listed.Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    public static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.TextInfo.ToTitleCase(culture.NativeName);
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public sealed class PhraseForm
    {
        [Display(Name = "Language")]
        public string Language { get; set; } = "en";

        [Required(ErrorMessage = "Write the phrase to look for.")]
        [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
        [Display(Name = "Phrase")]
        public string? Phrase { get; set; }

        [Display(Name = "What it may mean")]
        public CrisisCategory Category { get; set; } = CrisisCategory.SelfHarm;
    }
}
