using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PublicSite;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Settings;

/// <summary>
/// Coordinators edit the texts of the public pages, one page and language at a time, in
/// Markdown. Preview renders without saving; every save is a new version (who, when), any
/// version can be restored as a new one, and the public page shows the newest. Two
/// coordinators saving at once: the second is told, with what they typed kept (SEC-43).
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class PublicPagesModel(CirclesDb db, AuditLog audit, MarkdownRenderer renderer, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PublicPageKind Text { get; set; } = PublicPageKind.Signs;

    [BindProperty(SupportsGet = true)]
    public string Language { get; set; } = "en";

    [BindProperty]
    public EditForm Form { get; set; } = new();

    public IReadOnlyList<VersionRow> History { get; private set; } = [];
    public IHtmlContent? Preview { get; private set; }
    public bool Saved { get; private set; }
    public bool Restored { get; private set; }
    public bool Conflict { get; private set; }
    public string? PublicAddress { get; private set; }

    /// <summary>Whether the public impact page is on (Organization.PublicImpactEnabled).</summary>
    [BindProperty]
    public bool PublicImpactEnabled { get; set; }

    public bool ImpactSaved { get; private set; }

    /// <summary>The public impact page's address, when it and the public pages are on.</summary>
    public string? ImpactAddress { get; private set; }

    public static IReadOnlyList<PublicPageKind> Texts { get; } = Enum.GetValues<PublicPageKind>();

    public async Task<IActionResult> OnGetAsync(bool saved = false, bool restored = false, bool impactSaved = false)
    {
        ImpactSaved = impactSaved;
        if (!IsKnownLanguage())
        {
            return NotFound();
        }
        var latest = await LatestAsync();
        Form = new EditForm { Markdown = latest?.Markdown ?? PublicPageDefaults.Markdown(Text, Language), BasedOn = latest?.Id };
        Saved = saved;
        Restored = restored;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!IsKnownLanguage())
        {
            return NotFound();
        }
        ModelState.Clear(); // the preview shows what was typed, even if it is too long to save
        Preview = new HtmlString(renderer.ToHtml(Form.Markdown));
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IsKnownLanguage())
        {
            return NotFound();
        }
        var latest = await LatestAsync();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        if (latest?.Id != Form.BasedOn)
        {
            Conflict = true;
            Form.BasedOn = latest?.Id;
            await LoadAsync();
            return Page();
        }
        await AddVersionAsync(Form.Markdown, restoredFrom: null);
        return RedirectToPage(new { text = Text, language = Language, saved = true });
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id)
    {
        // Tenant-filtered: another organization's version is simply not found.
        var version = await db.PublicPageVersions.AsNoTracking()
            .Where(v => v.Id == id)
            .Select(v => new { v.Id, v.Page, v.Culture, v.Markdown })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (version is null)
        {
            return NotFound();
        }
        Text = version.Page;
        Language = version.Culture;
        await AddVersionAsync(version.Markdown, restoredFrom: version.Id);
        return RedirectToPage(new { text = Text, language = Language, restored = true });
    }

    /// <summary>Turns the public impact page on or off (SEC-34: aggregates only, small numbers suppressed).</summary>
    public async Task<IActionResult> OnPostImpactAsync()
    {
        if (!IsKnownLanguage())
        {
            return NotFound();
        }
        var organization = await db.Organizations.FirstAsync(HttpContext.RequestAborted);
        if (organization.PublicImpactEnabled != PublicImpactEnabled)
        {
            organization.PublicImpactEnabled = PublicImpactEnabled;
            audit.Record(organization.Id, User.GetUserId(), AuditActions.SettingsChanged, PublicImpactEnabled ? "public-impact.on" : "public-impact.off");
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage(new { text = Text, language = Language, impactSaved = true });
    }

    private async Task AddVersionAsync(string markdown, Guid? restoredFrom)
    {
        db.PublicPageVersions.Add(new PublicPageVersion
        {
            Page = Text,
            Culture = Language,
            Markdown = markdown.Replace("\r\n", "\n", StringComparison.Ordinal),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = User.GetUserId(),
            RestoredFromId = restoredFrom,
        });
        audit.Record(db.CurrentOrganizationId, User.GetUserId(),
            restoredFrom is null ? AuditActions.PublicPageSaved : AuditActions.PublicPageRestored, $"{Text}/{Language}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    private bool IsKnownLanguage() => WebSetup.SupportedCultures.Contains(Language) && Enum.IsDefined(Text);

    private Task<LatestRow?> LatestAsync() =>
        db.PublicPageVersions.AsNoTracking()
            .Where(v => v.Page == Text && v.Culture == Language)
            .OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id)
            .Select(v => new LatestRow(v.Id, v.Markdown))
            .FirstOrDefaultAsync(HttpContext.RequestAborted);

    private async Task LoadAsync()
    {
        History = await db.PublicPageVersions.AsNoTracking()
            .Where(v => v.Page == Text && v.Culture == Language)
            .OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id)
            .Select(v => new VersionRow(
                v.Id, v.CreatedAt, v.Markdown, v.RestoredFromId != null,
                db.Users.Where(u => u.Id == v.CreatedByUserId).Select(u => u.UserName).FirstOrDefault()))
            .Take(100)
            .ToListAsync(HttpContext.RequestAborted);
        var site = await db.Organizations.AsNoTracking()
            .Select(o => new { o.Slug, o.PublicSiteEnabled, o.PublicImpactEnabled })
            .FirstAsync(HttpContext.RequestAborted);
        PublicAddress = site.PublicSiteEnabled ? Url.Page(PageNameOf(Text), new { slug = site.Slug }) : null;
        PublicImpactEnabled = site.PublicImpactEnabled;
        ImpactAddress = site.PublicSiteEnabled && site.PublicImpactEnabled ? Url.Page("/PublicSite/Impact", new { slug = site.Slug }) : null;
    }

    private static string PageNameOf(PublicPageKind text) => text switch
    {
        PublicPageKind.Signs => "/PublicSite/Signs",
        PublicPageKind.Help => "/PublicSite/Help",
        PublicPageKind.Volunteer => "/PublicSite/Volunteer",
        _ => "/PublicSite/SelfCheck",
    };

    private sealed record LatestRow(Guid Id, string Markdown);

    public sealed record VersionRow(Guid Id, DateTime CreatedAt, string Markdown, bool IsRestore, string? By);

    public sealed class EditForm
    {
        [Required(ErrorMessage = "Enter the text of the page.")]
        [StringLength(PublicPageVersion.MaxLength, ErrorMessage = "Use at most 20000 characters.")]
        [Display(Name = "Text (Markdown)")]
        public string Markdown { get; set; } = "";

        /// <summary>The newest version when the form was opened, null for the built-in text.</summary>
        public Guid? BasedOn { get; set; }
    }
}
