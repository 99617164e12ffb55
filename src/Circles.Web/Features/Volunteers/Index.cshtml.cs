using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Volunteers;

/// <summary>
/// The volunteer pipeline board for coordinators: one section per stage, in order, with each
/// person's days in their stage and languages, and the median days people spent in each stage,
/// read from the move history (people who have moved on count too; people still in a stage
/// count with their days so far).
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, TimeProvider clock) : PageModel
{
    /// <summary>Show only this stage (?stage=Paused); all stages when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public VolunteerStage? Stage { get; set; }

    public IReadOnlyList<StageSection> Sections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var zone = await OpeningHours.OrganizationZoneAsync(db, ct);
        var today = VolunteerDays.Today(clock, zone);
        var people = await db.VolunteerApplications
            .OrderBy(a => a.StageEnteredAt).ThenBy(a => a.Name)
            .Select(a => new Applicant(a.Id, a.Name, a.Languages, a.Stage, a.StageEnteredAt, a.CreatedAt))
            .ToListAsync(ct);
        var moves = (await db.VolunteerStageMoves
            .Select(m => new { m.ApplicationId, m.To, m.On, m.RecordedAt })
            .ToListAsync(ct))
            .OrderBy(m => m.On).ThenBy(m => m.RecordedAt)
            .ToLookup(m => m.ApplicationId);

        var days = people
            .SelectMany(p => VolunteerStages.DaysPerStay(
                VolunteerStages.Stays(VolunteerDays.DayOf(p.CreatedAt, zone), moves[p.Id].Select(m => (m.To, m.On))), today))
            .ToLookup(s => s.Stage, s => s.Days);

        Sections = [.. VolunteerStages.All.Select(stage => new StageSection(
            stage,
            [.. people.Where(p => p.Stage == stage).Select(p => new PersonRow(p.Id, p.Name, p.Languages,
                Math.Max(0, today.DayNumber - VolunteerDays.DayOf(p.StageEnteredAt, zone).DayNumber)))],
            VolunteerStages.Median(days[stage]),
            days[stage].Count()))];
    }

    /// <summary>Paused and Left are shown as counts with a link unless asked for; the pipeline stages in full.</summary>
    public bool ShowsPeopleOf(VolunteerStage stage) => Stage == stage || (Stage is null && VolunteerStages.IsInPipeline(stage));

    private sealed record Applicant(Guid Id, string Name, string Languages, VolunteerStage Stage, DateTime StageEnteredAt, DateTime CreatedAt);

    public sealed record PersonRow(Guid Id, string Name, string Languages, int DaysInStage);

    /// <param name="MedianDays">The median days of every stay in this stage; null when nobody has been in it.</param>
    /// <param name="Stays">How many stays the median is taken over.</param>
    public sealed record StageSection(VolunteerStage Stage, IReadOnlyList<PersonRow> People, double? MedianDays, int Stays);
}
