using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Feedback;

/// <summary>
/// Anonymous feedback on a held session, for the people who came. The answer is stored without
/// any link to the person; only "answered" is noted against their invitation, so they are not asked twice.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class GiveModel(CirclesDb db) : PageModel
{
    public string GroupName { get; private set; } = "";
    public DateTime LocalStart { get; private set; }

    [BindProperty]
    public FeedbackForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var request = await LoadAsync(id);
        if (request is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        var claimed = await db.FeedbackRequests
            .Where(r => r.Id == request.Id && !r.Answered)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Answered, true), HttpContext.RequestAborted);
        if (claimed == 0)
        {
            return NotFound();
        }
        db.FeedbackResponses.Add(new FeedbackResponse
        {
            SessionId = id,
            FeltSafe = Form.FeltSafe!.Value,
            Useful = Form.Useful!.Value,
            ShouldChange = (Form.ShouldChange ?? "").Trim(),
            Comment = (Form.Comment ?? "").Trim(),
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Home/Member", new { thanks = "feedback" });
    }

    private async Task<FeedbackRequest?> LoadAsync(Guid sessionId)
    {
        var userId = User.GetUserId();
        var request = await db.FeedbackRequests.FirstOrDefaultAsync(r => r.SessionId == sessionId && r.UserId == userId && !r.Answered, HttpContext.RequestAborted);
        if (request is null)
        {
            return null;
        }
        var session = await db.GroupSessions
            .Join(db.SupportGroups, s => s.GroupId, g => g.Id, (s, g) => new { s.Id, s.StartsAt, g.Name, g.TimeZone })
            .FirstAsync(s => s.Id == sessionId, HttpContext.RequestAborted);
        GroupName = session.Name;
        LocalStart = SessionTimes.ToLocal(session.StartsAt, session.TimeZone);
        return request;
    }

    public sealed class FeedbackForm
    {
        [Required(ErrorMessage = "Choose an answer.")]
        [Range(1, 5, ErrorMessage = "Choose an answer.")]
        [Display(Name = "Did you feel safe in the group?")]
        public int? FeltSafe { get; set; }

        [Required(ErrorMessage = "Choose an answer.")]
        [Range(1, 5, ErrorMessage = "Choose an answer.")]
        [Display(Name = "Was the session useful to you?")]
        public int? Useful { get; set; }

        [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
        [Display(Name = "What should change?")]
        public string? ShouldChange { get; set; }

        [StringLength(1000, ErrorMessage = "Use at most 1000 characters.")]
        [Display(Name = "Anything else you want to say")]
        public string? Comment { get; set; }
    }
}
