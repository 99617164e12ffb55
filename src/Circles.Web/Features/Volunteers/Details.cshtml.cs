using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Invitations;
using Circles.Web.Hosting;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Volunteers;

/// <summary>
/// One person in the volunteer pipeline, for coordinators: what they wrote (decrypted here only,
/// SEC-27), the dated history of their stages, the screening records (done and when, never what
/// was found), moving them on by the rules of <see cref="VolunteerStages"/> (one transaction,
/// concurrency-checked, audited without the note), and, once active, an invitation to an account.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class DetailsModel(
    CirclesDb db,
    FieldProtector protector,
    AuditLog audit,
    TimeProvider clock,
    PublicAddress publicAddress,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public static readonly TimeSpan InvitationValidFor = TimeSpan.FromDays(7);

    /// <summary>The version of the application the page showed; the move and the invitation carry it.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public MoveForm Move { get; set; } = new();

    [BindProperty]
    public ScreeningForm Screening { get; set; } = new();

    public Guid Id { get; private set; }
    public ApplicantView Applicant { get; private set; } = null!;
    public IReadOnlyList<MoveRow> History { get; private set; } = [];
    public IReadOnlyList<VolunteerStage> Targets { get; private set; } = [];
    public ScreeningRow? References { get; private set; }
    public ScreeningRow? BackgroundCheck { get; private set; }
    public DateOnly Today { get; private set; }
    public int DaysInStage { get; private set; }
    public AccountState Account { get; private set; }
    public DateTime? OpenInvitationExpiresAt { get; private set; }
    public string? AccountName { get; private set; }
    public CreatedInvitation? Created { get; private set; }
    public bool Conflict { get; private set; }
    public string? Moved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var application = await FindAsync(id);
        if (application is null)
        {
            return NotFound();
        }
        await LoadAsync(application);
        Move = new MoveForm { On = Today, To = Targets.Count > 0 ? Targets[0] : null };
        Screening = new ScreeningForm { DoneOn = Today };
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var application = await FindAsync(id);
        if (application is null)
        {
            return NotFound();
        }
        // Someone else moved them since this page was shown: say so before judging the move
        // against a stage the person never saw (the save below catches the same race later).
        if (application.Version != Version)
        {
            Conflict = true;
            await LoadAsync(application);
            return Page();
        }
        await LoadAsync(application);
        ValidateMove(application);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var zone = await OpeningHours.OrganizationZoneAsync(db, ct);
        var on = Move.On!.Value;
        db.ExpectVersion(application, Version);
        db.VolunteerStageMoves.Add(new VolunteerStageMove
        {
            ApplicationId = application.Id,
            From = application.Stage,
            To = Move.To!.Value,
            On = on,
            Note = string.IsNullOrWhiteSpace(Move.Note) ? null : Move.Note.Trim(),
            MovedByUserId = User.GetUserId(),
            RecordedAt = now,
        });
        var from = application.Stage;
        application.Stage = Move.To.Value;
        application.StageEnteredAt = VolunteerDays.EnteredAt(on, now, zone);
        // The stages, never the note: the audit trail says who moved whom, not what was written.
        audit.Record(application.OrganizationId, User.GetUserId(), AuditActions.VolunteerMoved, $"{application.Id} {from}->{application.Stage}");
        if (!await db.TrySaveAsync(ct))
        {
            db.ChangeTracker.Clear();
            Conflict = true;
            var fresh = await FindAsync(id);
            if (fresh is null)
            {
                return NotFound();
            }
            await LoadAsync(fresh);
            return Page();
        }
        return RedirectToPage("/Volunteers/Details", new { id });
    }

    public async Task<IActionResult> OnPostScreeningAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var application = await FindAsync(id);
        if (application is null)
        {
            return NotFound();
        }
        await LoadAsync(application);
        if (Screening.Kind is null || !Enum.IsDefined(Screening.Kind.Value))
        {
            ModelState.AddModelError("Screening.Kind", l["Choose which check was done."]);
        }
        if (Screening.DoneOn is null)
        {
            ModelState.AddModelError("Screening.DoneOn", l["Enter the date it was done."]);
        }
        else if (Screening.DoneOn > Today)
        {
            ModelState.AddModelError("Screening.DoneOn", l["The date cannot be in the future."]);
        }
        if (application.Stage == VolunteerStage.Left)
        {
            ModelState.AddModelError("Screening.Kind", l["Someone who has left cannot be moved. If they come back, they apply again."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var check = await db.VolunteerScreeningChecks.FirstOrDefaultAsync(c => c.ApplicationId == id && c.Kind == Screening.Kind, ct);
        if (check is null)
        {
            check = new VolunteerScreeningCheck { ApplicationId = id, Kind = Screening.Kind!.Value };
            db.VolunteerScreeningChecks.Add(check);
        }
        check.DoneOn = Screening.DoneOn!.Value;
        check.RecordedByUserId = User.GetUserId();
        check.RecordedAt = now;
        audit.Record(application.OrganizationId, User.GetUserId(), AuditActions.VolunteerScreeningRecorded, $"{application.Id} {check.Kind}");
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Volunteers/Details", null, new { id }, "screening-heading");
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var application = await FindAsync(id);
        if (application is null)
        {
            return NotFound();
        }
        await LoadAsync(application);
        if (application.Version != Version)
        {
            Conflict = true;
            return Page();
        }
        if (Account != AccountState.CanInvite)
        {
            ModelState.AddModelError("", Account switch
            {
                AccountState.HasAccount => l["They already have an account."],
                AccountState.InvitationOpen => l["An invitation is already open for them."],
                _ => l["Only an active volunteer can be invited to an account."],
            });
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var issued = InvitationIssuing.Issue(application.OrganizationId, Roles.Volunteer, User.GetUserId()!.Value, now, InvitationValidFor);
        db.Invitations.Add(issued.Invitation);
        db.ExpectVersion(application, Version);
        application.InvitationId = issued.Invitation.Id;
        audit.Record(application.OrganizationId, User.GetUserId(), AuditActions.InvitationCreated, issued.Invitation.Id.ToString());
        audit.Record(application.OrganizationId, User.GetUserId(), AuditActions.VolunteerInvited, application.Id.ToString());
        if (!await db.TrySaveAsync(ct))
        {
            db.ChangeTracker.Clear();
            Conflict = true;
            var fresh = await FindAsync(id);
            if (fresh is null)
            {
                return NotFound();
            }
            await LoadAsync(fresh);
            return Page();
        }
        Created = new CreatedInvitation(
            publicAddress.Link(Request, InvitationIssuing.LinkPath(Url.Page("/Join/Index")!, issued.Token)),
            issued.Code,
            issued.Invitation.ExpiresAt);
        await LoadAsync(application);
        return Page();
    }

    private Task<VolunteerApplication?> FindAsync(Guid id) =>
        db.VolunteerApplications.FirstOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);

    private void ValidateMove(VolunteerApplication application)
    {
        if (Move.To is not { } to || !Enum.IsDefined(to))
        {
            ModelState.AddModelError("Move.To", l["Choose the stage to move them to."]);
        }
        else
        {
            var pausedFrom = VolunteerStages.PausedFrom(History.Select(m => (m.From, m.To)));
            var screened = References is not null && BackgroundCheck is not null;
            if (VolunteerStages.Check(application.Stage, to, pausedFrom, screened) is { } refusal)
            {
                ModelState.AddModelError("Move.To", Explain(refusal, application.Stage, to, pausedFrom));
            }
        }
        if (Move.On is not { } on)
        {
            ModelState.AddModelError("Move.On", l["Enter the date of the move."]);
        }
        else if (on > Today)
        {
            ModelState.AddModelError("Move.On", l["The date cannot be in the future."]);
        }
        else if (on < EarliestMoveDay)
        {
            ModelState.AddModelError("Move.On", l["The date cannot be before {0}, the day they entered their current stage.", EarliestMoveDay.ToString("d")]);
        }
    }

    private DateOnly EarliestMoveDay { get; set; }

    private string Explain(StageMoveRefusal refusal, VolunteerStage from, VolunteerStage to, VolunteerStage? pausedFrom) => refusal switch
    {
        StageMoveRefusal.SameStage => l["They are already in {0}.", l["VolunteerStage:" + from]],
        StageMoveRefusal.LeftIsFinal => l["Someone who has left cannot be moved. If they come back, they apply again."],
        StageMoveRefusal.OneStageForward => l["People move forward one stage at a time: from {0} the next stage is {1}.", l["VolunteerStage:" + from], l["VolunteerStage:" + VolunteerStages.Next(from)]],
        StageMoveRefusal.ActiveIsLast => l["Active is the last stage. From there someone can pause or leave."],
        StageMoveRefusal.BackToPausedStage => pausedFrom is { } stage
            ? l["From Paused, someone goes back to the stage they paused in ({0}) or leaves.", l["VolunteerStage:" + stage]]
            : l["From Paused, someone can only leave."],
        StageMoveRefusal.ScreeningNotRecorded => l["Record the references and the background check as done before moving someone to Training."],
        _ => l["This move is not possible."],
    };

    private async Task LoadAsync(VolunteerApplication application)
    {
        var ct = HttpContext.RequestAborted;
        var zone = await OpeningHours.OrganizationZoneAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        Id = application.Id;
        Today = VolunteerDays.Today(clock, zone);
        Applicant = new ApplicantView(
            application.Name,
            protector.Unprotect(FieldPurposes.VolunteerContact, application.ProtectedContact),
            protector.Unprotect(FieldPurposes.VolunteerMotivation, application.ProtectedMotivation),
            protector.Unprotect(FieldPurposes.VolunteerWorries, application.ProtectedWorries),
            application.Skills,
            application.Languages,
            application.Availability,
            application.HeardFrom,
            VolunteerDays.DayOf(application.CreatedAt, zone),
            application.Stage);
        DaysInStage = Math.Max(0, Today.DayNumber - VolunteerDays.DayOf(application.StageEnteredAt, zone).DayNumber);

        var moves = (await db.VolunteerStageMoves
            .Where(m => m.ApplicationId == application.Id)
            .Select(m => new { m.From, m.To, m.On, m.Note, m.MovedByUserId, m.RecordedAt })
            .ToListAsync(ct))
            .OrderBy(m => m.On).ThenBy(m => m.RecordedAt).ToList();
        var checks = await db.VolunteerScreeningChecks
            .Where(c => c.ApplicationId == application.Id)
            .Select(c => new { c.Kind, c.DoneOn, c.RecordedByUserId, c.RecordedAt })
            .ToListAsync(ct);
        var userIds = moves.Select(m => m.MovedByUserId).Concat(checks.Select(c => c.RecordedByUserId))
            .Append(application.UserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        string? NameOf(Guid? userId) => userId is { } known && names.TryGetValue(known, out var name) ? name : null;

        History = [.. moves.Select(m => new MoveRow(m.From, m.To, m.On, m.Note, NameOf(m.MovedByUserId), m.RecordedAt))];
        EarliestMoveDay = moves.Count > 0 ? moves[^1].On : Applicant.AppliedOn;
        References = checks.Where(c => c.Kind == ScreeningCheckKind.References)
            .Select(c => new ScreeningRow(c.DoneOn, NameOf(c.RecordedByUserId), c.RecordedAt)).FirstOrDefault();
        BackgroundCheck = checks.Where(c => c.Kind == ScreeningCheckKind.BackgroundCheck)
            .Select(c => new ScreeningRow(c.DoneOn, NameOf(c.RecordedByUserId), c.RecordedAt)).FirstOrDefault();
        Targets = VolunteerStages.Targets(application.Stage, VolunteerStages.PausedFrom(History.Select(m => (m.From, m.To))));

        AccountName = NameOf(application.UserId);
        OpenInvitationExpiresAt = null;
        if (application.UserId is not null)
        {
            Account = AccountState.HasAccount;
        }
        else if (application.InvitationId is { } invitationId
            && await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, ct) is { } invitation
            && invitation.StateAt(now) == InvitationState.Open)
        {
            Account = AccountState.InvitationOpen;
            OpenInvitationExpiresAt = invitation.ExpiresAt;
        }
        else
        {
            Account = application.Stage == VolunteerStage.Active ? AccountState.CanInvite : AccountState.NotActive;
        }
        // The forms carry the version read now; after a conflict the page shows the news and the next try uses it.
        Version = application.Version;
        ModelState.Remove(nameof(Version));
    }

    public sealed class MoveForm
    {
        [Display(Name = "Move to")]
        public VolunteerStage? To { get; set; }

        [Display(Name = "Date of the move")]
        public DateOnly? On { get; set; }

        [StringLength(VolunteerStages.NoteMaximumLength, ErrorMessage = "Use at most 1000 characters.")]
        [Display(Name = "Note")]
        public string? Note { get; set; }
    }

    public sealed class ScreeningForm
    {
        [Display(Name = "Check")]
        public ScreeningCheckKind? Kind { get; set; }

        [Display(Name = "Done on")]
        public DateOnly? DoneOn { get; set; }
    }

    public enum AccountState
    {
        NotActive,
        CanInvite,
        InvitationOpen,
        HasAccount,
    }

    public sealed record ApplicantView(
        string Name, string? Contact, string? Motivation, string? Worries, string Skills, string Languages,
        string Availability, string HeardFrom, DateOnly AppliedOn, VolunteerStage Stage);

    public sealed record MoveRow(VolunteerStage From, VolunteerStage To, DateOnly On, string? Note, string? MovedBy, DateTime RecordedAt);

    public sealed record ScreeningRow(DateOnly DoneOn, string? RecordedBy, DateTime RecordedAt);

    public sealed record CreatedInvitation(string Link, string Code, DateTime ExpiresAt);
}
