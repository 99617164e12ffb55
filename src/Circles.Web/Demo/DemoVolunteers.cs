using Circles.Web.Data;
using Circles.Web.Features.Volunteers;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// A handful of fictional people in the volunteer pipeline, in every stage with a dated history,
/// so /volunteers has something to show; demo-volunteer's own application is Active and linked to
/// that account.
/// </summary>
public static class DemoVolunteers
{
    private sealed record Applicant(string Name, string Contact, string Languages, string Skills, int AppliedDaysAgo, (VolunteerStage To, int DaysAgo, string? Note)[] Moves, bool Screened = false, string? UserName = null);

    private static readonly Applicant[] Applicants =
    [
        new("Noor (fictional)", "noor@example.org", "Arabic, English", "Listening, cooking", 3, []),
        new("Tomás (fictional)", "+00 000 000 101", "Spanish, English", "Driving, paperwork", 12, []),
        new("Grace (fictional)", "grace@example.org", "English", "Childcare", 24, [(VolunteerStage.Conversation, 15, "Phone call; keen on the Thursday circle.")]),
        new("Sami (fictional)", "sami@example.org", "Arabic, French", "Translation", 45,
            [(VolunteerStage.Conversation, 38, null), (VolunteerStage.Screening, 27, "References asked for.")]),
        new("Mira (fictional)", "mira@example.org", "English, Spanish", "Art workshops", 80,
            [(VolunteerStage.Conversation, 72, null), (VolunteerStage.Screening, 60, null), (VolunteerStage.Training, 30, "Started the three sessions.")], Screened: true),
        new("Jo (fictional)", "jo@example.org", "English", "Welcoming newcomers", 160,
            [(VolunteerStage.Conversation, 150, null), (VolunteerStage.Screening, 140, null), (VolunteerStage.Training, 118, null), (VolunteerStage.Active, 90, "Finished training.")],
            Screened: true, UserName: "demo-volunteer"),
        new("Pat (fictional)", "pat@example.org", "English", "Events", 120,
            [(VolunteerStage.Conversation, 110, null), (VolunteerStage.Screening, 100, null), (VolunteerStage.Training, 70, null), (VolunteerStage.Paused, 40, "Back after the summer.")], Screened: true),
        new("Ray (fictional)", "ray@example.org", "English", "", 90, [(VolunteerStage.Conversation, 80, null), (VolunteerStage.Left, 60, "Moved to another city.")]),
    ];

    public static async Task SeedAsync(CirclesDb db, FieldProtector protector, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.VolunteerApplications.AnyAsync(cancellationToken))
        {
            return;
        }
        var coordinator = users["demo-coordinator"];
        var today = DateOnly.FromDateTime(now);
        foreach (var person in Applicants)
        {
            var applied = now.AddDays(-person.AppliedDaysAgo);
            var application = new VolunteerApplication
            {
                Name = person.Name,
                ProtectedContact = protector.Protect(FieldPurposes.VolunteerContact, person.Contact),
                ProtectedMotivation = protector.Protect(FieldPurposes.VolunteerMotivation, "I was new here once, and someone helped me find my feet."),
                ProtectedWorries = protector.Protect(FieldPurposes.VolunteerWorries, "Not knowing what to say at first."),
                Skills = person.Skills,
                Languages = person.Languages,
                Availability = "Weekday evenings",
                HeardFrom = "A friend",
                CreatedAt = applied,
                StageEnteredAt = applied,
                UserId = person.UserName is { } userName ? users[userName] : null,
            };
            db.VolunteerApplications.Add(application);
            var from = VolunteerStage.Interest;
            foreach (var (to, daysAgo, note) in person.Moves)
            {
                var on = today.AddDays(-daysAgo);
                db.VolunteerStageMoves.Add(new VolunteerStageMove
                {
                    ApplicationId = application.Id,
                    From = from,
                    To = to,
                    On = on,
                    Note = note,
                    MovedByUserId = coordinator,
                    RecordedAt = on.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc),
                });
                from = to;
                application.StageEnteredAt = on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            }
            application.Stage = from;
            // Screening records: a few days before training began, or, still in screening, the references only.
            var training = person.Moves.Where(m => m.To == VolunteerStage.Training).Select(m => (int?)m.DaysAgo).FirstOrDefault();
            var doneOn = today.AddDays(-(training is { } days ? days + 2 : 20));
            if (person.Screened || from == VolunteerStage.Screening)
            {
                db.VolunteerScreeningChecks.Add(new VolunteerScreeningCheck
                {
                    ApplicationId = application.Id,
                    Kind = ScreeningCheckKind.References,
                    DoneOn = doneOn,
                    RecordedByUserId = coordinator,
                    RecordedAt = now,
                });
            }
            if (person.Screened)
            {
                db.VolunteerScreeningChecks.Add(new VolunteerScreeningCheck
                {
                    ApplicationId = application.Id,
                    Kind = ScreeningCheckKind.BackgroundCheck,
                    DoneOn = doneOn,
                    RecordedByUserId = coordinator,
                    RecordedAt = now,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
