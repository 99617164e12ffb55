using Circles.Web.Data;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.FormatChanges;

/// <summary>
/// A group's held sessions of the last twelve months with their agenda and feedback, and the
/// changes of the same months placed between them on their day, each with the feedback of the
/// eight weeks before and after it. Answers are counted and summed in the database, per session;
/// the page costs five queries however many sessions and changes there are.
/// </summary>
public static class FeedbackTimeline
{
    /// <summary>How far before and after a change its before/after comparison looks.</summary>
    public const int WindowDays = 56;

    public const int MaxSessions = 80;

    public sealed record SessionEntry(Guid Id, DateTime LocalStart, DateOnly Day, int Responses, double? FeltSafe, double? Useful, IReadOnlyList<string> Agenda, IReadOnlyList<string> Comments)
    {
        public bool Shown => FeltSafe is not null;
    }

    /// <summary>The feedback on one side of a change: averages over its sessions, weighted by answers.</summary>
    public sealed record Side(int Sessions, int Answers, double FeltSafe, double Useful);

    public sealed record ChangeEntry(Guid Id, ChangeSummary Summary, Side? Before, Side? After);

    /// <summary>One line of the timeline, newest first: a session or a change.</summary>
    public sealed record Entry(DateOnly Day, SessionEntry? Session, ChangeEntry? Change);

    public sealed record Result(IReadOnlyList<SessionEntry> Sessions, IReadOnlyList<ChangeEntry> Changes, IReadOnlyList<Entry> Entries);

    private sealed record Figures(Guid Id, DateTime StartsAt, int Answers, int FeltSafeSum, int UsefulSum);

    public static async Task<Result> LoadAsync(CirclesDb db, SupportGroup group, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var minimum = Circles.Web.Features.Feedback.ResultsModel.MinimumResponses;
        var today = DateOnly.FromDateTime(SessionTimes.ToLocal(nowUtc, group.TimeZone));
        var from = today.AddMonths(-12);
        // A day's margin either side of the UTC bound: the exact local days are checked below.
        var earliestUtc = from.AddDays(-WindowDays - 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var groupId = group.Id;

        var changes = await db.GroupFormatChanges
            .Where(c => c.GroupId == groupId && c.TookEffectOn >= from)
            .OrderByDescending(c => c.TookEffectOn).ThenByDescending(c => c.RecordedAt)
            .Select(c => new
            {
                c.Id,
                Summary = new ChangeSummary(c.TookEffectOn, c.Area, c.WhatChanged, c.Field, c.Before, c.After, c.BecauseOfFeedback, c.YouSaid, c.WeChanged),
            })
            .ToListAsync(cancellationToken);

        // Counts and sums per session, in SQL: no answer row is read for the figures.
        var figures = await db.GroupSessions
            .Where(s => s.GroupId == groupId && s.Status == SessionStatus.Held && s.StartsAt >= earliestUtc)
            .OrderByDescending(s => s.StartsAt)
            .Select(s => new Figures(
                s.Id,
                s.StartsAt,
                db.FeedbackResponses.Count(r => r.SessionId == s.Id),
                db.FeedbackResponses.Where(r => r.SessionId == s.Id).Sum(r => (int?)r.FeltSafe) ?? 0,
                db.FeedbackResponses.Where(r => r.SessionId == s.Id).Sum(r => (int?)r.Useful) ?? 0))
            .ToListAsync(cancellationToken);
        var days = figures.ToDictionary(f => f.Id, f => DateOnly.FromDateTime(SessionTimes.ToLocal(f.StartsAt, group.TimeZone)));

        var listed = figures.Where(f => days[f.Id] >= from).Take(MaxSessions).ToList();
        var listedIds = listed.Select(f => f.Id).ToList();
        var shownIds = listed.Where(f => f.Answers >= minimum).Select(f => f.Id).ToList();
        var agenda = (await db.AgendaItems
            .Where(a => listedIds.Contains(a.SessionId))
            .OrderBy(a => a.Position)
            .Select(a => new { a.SessionId, a.Title })
            .ToListAsync(cancellationToken)).ToLookup(a => a.SessionId, a => a.Title);
        // The written answers, only for sessions with enough answers to show them.
        var comments = (await db.FeedbackResponses
            .Where(r => shownIds.Contains(r.SessionId))
            .Select(r => new { r.SessionId, r.ShouldChange, r.Comment })
            .ToListAsync(cancellationToken)).ToLookup(r => r.SessionId);

        var sessions = listed.Select(f =>
        {
            var local = SessionTimes.ToLocal(f.StartsAt, group.TimeZone);
            return f.Answers < minimum
                ? new SessionEntry(f.Id, local, days[f.Id], f.Answers, null, null, [.. agenda[f.Id]], [])
                : new SessionEntry(
                    f.Id, local, days[f.Id], f.Answers,
                    Math.Round((double)f.FeltSafeSum / f.Answers, 1),
                    Math.Round((double)f.UsefulSum / f.Answers, 1),
                    [.. agenda[f.Id]],
                    // Sorted by text, so the order does not follow who answered first.
                    [.. comments[f.Id].SelectMany(a => new[] { a.ShouldChange, a.Comment }).Where(t => t.Length > 0).Order(StringComparer.Ordinal)]);
        }).ToList();

        Side? SideOf(DateOnly start, DateOnly endExclusive)
        {
            // Only sessions that are shown on their own (at least three answers) count towards a
            // side: a side that mixed in a session with one or two answers could be subtracted from
            // (its shown sessions are on the same page, with their counts) to give away those few
            // answers. And a side needs at least two sessions and three answers in all: a side
            // resting on a single session is that session again, and differencing single sessions
            // (this week against last) shows how one evening went, not what a change did; the
            // windows of two nearby changes would then also compare one session with another.
            var inside = figures.Where(f => f.Answers >= minimum && days[f.Id] >= start && days[f.Id] < endExclusive && days[f.Id] <= today).ToList();
            var answers = inside.Sum(f => f.Answers);
            if (inside.Count < 2 || answers < minimum)
            {
                return null;
            }
            return new Side(
                inside.Count,
                answers,
                Math.Round((double)inside.Sum(f => f.FeltSafeSum) / answers, 1),
                Math.Round((double)inside.Sum(f => f.UsefulSum) / answers, 1));
        }

        var changeEntries = changes.Select(c => new ChangeEntry(
            c.Id,
            c.Summary,
            SideOf(c.Summary.TookEffectOn.AddDays(-WindowDays), c.Summary.TookEffectOn),
            SideOf(c.Summary.TookEffectOn, c.Summary.TookEffectOn.AddDays(WindowDays)))).ToList();

        // Newest first; on the same day the change comes before the session it first applied to.
        var entries = sessions.Select(s => new Entry(s.Day, s, null))
            .Concat(changeEntries.Select(c => new Entry(c.Summary.TookEffectOn, null, c)))
            .OrderByDescending(e => e.Day)
            .ThenByDescending(e => e.Session is not null)
            .ThenByDescending(e => e.Session?.LocalStart)
            .ToList();
        return new Result(sessions, changeEntries, entries);
    }
}
