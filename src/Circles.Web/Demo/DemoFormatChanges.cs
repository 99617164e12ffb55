using Circles.Web.Data;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.FormatChanges;
using Circles.Web.Features.Sessions;

namespace Circles.Web.Demo;

/// <summary>
/// Eight past, held sessions of the Thursday circle with their agenda and anonymous feedback, and
/// two changes between them: the meeting day moved (as the group edit page records it) and, because
/// of feedback, a shorter opening round with a tea break. So the feedback page shows a change and
/// its effect, and members read "You said…, we changed…". All fictional.
/// </summary>
public static class DemoFormatChanges
{
    public static async Task SeedAsync(CirclesDb db, Guid groupId, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        var facilitator = users["demo-facilitator"];
        var today = DateOnly.FromDateTime(now);
        // Felt safe per answer, oldest session first: a little higher after the change four weeks ago.
        int[][] answers =
        [
            [3, 3, 4], [3, 4, 3, 3], [4, 3, 3], [3, 3, 4, 3],
            [4, 4, 5], [4, 5, 4, 4], [5, 4, 4], [4, 5, 5, 4],
        ];
        for (var week = 8; week >= 1; week--)
        {
            var day = today.AddDays(-7 * week);
            var session = new GroupSession
            {
                GroupId = groupId,
                StartsAt = day.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc),
                DurationMinutes = 90,
                Status = SessionStatus.Held,
                HeldAt = day.ToDateTime(new TimeOnly(19, 30), DateTimeKind.Utc),
            };
            db.GroupSessions.Add(session);
            string[] agenda = week > 4
                ? ["Opening round", "Topic of the week", "Closing round"]
                : ["Short opening round", "Topic of the week", "Tea break", "Closing round"];
            for (var i = 0; i < agenda.Length; i++)
            {
                db.AgendaItems.Add(new AgendaItem { SessionId = session.Id, Position = i, Title = agenda[i] });
            }
            foreach (var safe in answers[8 - week])
            {
                db.FeedbackResponses.Add(new FeedbackResponse
                {
                    SessionId = session.Id, FeltSafe = safe, Useful = Math.Min(5, safe + (week % 2)),
                    ShouldChange = week == 6 && safe == 3 ? "The opening round takes a long time" : "",
                });
            }
        }
        db.GroupFormatChanges.Add(new GroupFormatChange
        {
            GroupId = groupId, TookEffectOn = today.AddDays(-7 * 7), Area = FormatChangeArea.Timing,
            Field = GroupField.MeetingPattern, Before = "Tuesdays, 18:00", After = "Thursdays, 18:00",
            RecordedByUserId = users["demo-coordinator"], RecordedAt = now.AddDays(-7 * 7),
        });
        db.GroupFormatChanges.Add(new GroupFormatChange
        {
            GroupId = groupId, TookEffectOn = today.AddDays(-7 * 4), Area = FormatChangeArea.Agenda,
            WhatChanged = "Opening round of one sentence each; a ten-minute tea break halfway.",
            BecauseOfFeedback = true,
            YouSaid = "The opening round took a long time, and the evening felt long without a pause.",
            WeChanged = "The opening round is one sentence each, and there is a short tea break halfway.",
            RecordedByUserId = facilitator, RecordedAt = now.AddDays(-7 * 4),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
