using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Settings;

/// <summary>
/// The organization's name and safety settings. Two coordinators editing at once: the second
/// save is refused with what they typed kept on screen (SEC-43).
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, AuditLog audit, IStringLocalizer<SharedResource> l, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    public bool Saved { get; private set; }
    public bool Conflict { get; private set; }

    /// <summary>Where the organization's directory is read through the HSDS API, shown beside its setting.</summary>
    public string ApiAddress { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        var organization = await db.Organizations.FirstAsync(HttpContext.RequestAborted);
        Form = SettingsForm.From(organization);
        ApiAddress = ApiAddressOf(organization);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var organization = await db.Organizations.FirstAsync(HttpContext.RequestAborted);
        ApiAddress = ApiAddressOf(organization);
        if (!DiscreetIcons.All.Contains(Form.DiscreetIcon))
        {
            ModelState.AddModelError("Form.DiscreetIcon", l["Choose one of the icons."]);
        }
        if (!IsSafeExitUrl(Form.ExitUrl))
        {
            ModelState.AddModelError("Form.ExitUrl", l["Enter a full web address starting with https://, of an everyday site that is not this one."]);
        }
        var publicHost = PublicSite.PublicHostNames.Normalize(Form.PublicHost);
        if (publicHost is not null && !PublicSite.PublicHostNames.IsValid(publicHost, Request.Host.Host))
        {
            ModelState.AddModelError("Form.PublicHost", l["Enter a host name such as learn.example.org, without https:// or a path, and not the address of this site."]);
        }
        else if (publicHost is not null && await db.Organizations.IgnoreQueryFilters()
            .AnyAsync(o => o.Id != organization.Id && o.PublicHost == publicHost, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Form.PublicHost", l["Another organization already uses this host name."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ExpectVersion(organization, Form.Version);
        organization.Name = Form.Name.Trim();
        organization.DiscreetTitle = Form.DiscreetTitle.Trim();
        organization.DiscreetIcon = Form.DiscreetIcon;
        organization.ExitUrl = Form.ExitUrl.Trim();
        organization.CrisisLines = string.Join('\n', (Form.CrisisLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        organization.MemberIdleMinutes = Form.MemberIdleMinutes;
        organization.StaffIdleMinutes = Form.StaffIdleMinutes;
        organization.DirectoryApiAccess = Form.DirectoryApiAccess;
        organization.ReverifyServicesAfterMonths = Form.ReverifyServicesAfterMonths;
        organization.NeedWaitingAlertDays = Form.NeedWaitingAlertDays;
        organization.MessageRetentionDays = Form.MessageRetentionDays;
        organization.ErasedPostsPolicy = Form.ErasedPostsPolicy;
        organization.PublicSiteEnabled = Form.PublicSiteEnabled;
        organization.PublicHost = publicHost;
        audit.Record(organization.Id, User.GetUserId(), AuditActions.SettingsChanged);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        PublicSite.PublicHostRouting.Forget(cache);
        return RedirectToPage(new { saved = true });
    }

    private static string ApiAddressOf(Organization organization) => $"/api/hsds/{organization.Slug}/";

    private bool IsSafeExitUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.Equals(uri.Host, Request.Host.Host, StringComparison.OrdinalIgnoreCase);

    public sealed class SettingsForm
    {
        [Required(ErrorMessage = "Enter the organization's name.")]
        [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
        [Display(Name = "Organization name (shown to staff only)")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter a discreet title.")]
        [StringLength(60, ErrorMessage = "Use at most 60 characters.")]
        [Display(Name = "Discreet title (shown in the browser tab and to members)")]
        public string DiscreetTitle { get; set; } = "";

        [Display(Name = "Discreet icon")]
        public string DiscreetIcon { get; set; } = Organizations.DiscreetIcons.Default;

        [Required(ErrorMessage = "Enter the address quick exit goes to.")]
        [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
        [Display(Name = "Quick exit goes to")]
        public string ExitUrl { get; set; } = "";

        [StringLength(2000, ErrorMessage = "Use at most 2000 characters.")]
        [Display(Name = "Crisis lines, one per line")]
        public string? CrisisLines { get; set; }

        [Range(5, 60, ErrorMessage = "Choose between 5 and 60 minutes.")]
        [Display(Name = "Members are signed out after this many idle minutes")]
        public int MemberIdleMinutes { get; set; } = 15;

        [Range(5, 120, ErrorMessage = "Choose between 5 and 120 minutes.")]
        [Display(Name = "Staff are signed out after this many idle minutes")]
        public int StaffIdleMinutes { get; set; } = 30;

        [Display(Name = "Directory API")]
        public DirectoryApiAccess DirectoryApiAccess { get; set; }

        [Range(1, 60, ErrorMessage = "Choose between 1 and 60 months.")]
        [Display(Name = "Re-verify services after this many months")]
        public int ReverifyServicesAfterMonths { get; set; } = 12;

        [Range(1, 90, ErrorMessage = "Choose between 1 and 90 days.")]
        [Display(Name = "Flag needs waiting longer than this many days")]
        public int NeedWaitingAlertDays { get; set; } = 7;

        [Range(1, 3650, ErrorMessage = "Choose between 1 and 3650 days, or leave it empty to keep messages.")]
        [Display(Name = "Delete messages and discussion posts after this many days (empty = keep)")]
        public int? MessageRetentionDays { get; set; }

        [Display(Name = "When a member deletes their account")]
        public ErasedPostsPolicy ErasedPostsPolicy { get; set; }

        [Display(Name = "Show the public pages")]
        public bool PublicSiteEnabled { get; set; }

        [StringLength(253, ErrorMessage = "Use at most 253 characters.")]
        [Display(Name = "Their own host name (optional)")]
        public string? PublicHost { get; set; }

        public Guid Version { get; set; }

        public static SettingsForm From(Organization organization) => new()
        {
            Name = organization.Name,
            DiscreetTitle = organization.DiscreetTitle,
            DiscreetIcon = organization.DiscreetIcon,
            ExitUrl = organization.ExitUrl,
            CrisisLines = organization.CrisisLines,
            MemberIdleMinutes = organization.MemberIdleMinutes,
            StaffIdleMinutes = organization.StaffIdleMinutes,
            DirectoryApiAccess = organization.DirectoryApiAccess,
            ReverifyServicesAfterMonths = organization.ReverifyServicesAfterMonths,
            NeedWaitingAlertDays = organization.NeedWaitingAlertDays,
            MessageRetentionDays = organization.MessageRetentionDays,
            ErasedPostsPolicy = organization.ErasedPostsPolicy,
            PublicSiteEnabled = organization.PublicSiteEnabled,
            PublicHost = organization.PublicHost,
            Version = organization.Version,
        };
    }
}
