using Circles.Web.Data;
using Circles.Web.Features.Discussions;
using Circles.Web.Security;

namespace Circles.Web.Demo;

/// <summary>A short, gentle demo thread in the demo group, whose discussion is open at any time so the pages can be tried alone.</summary>
public static class DemoDiscussions
{
    public static async Task SeedAsync(CirclesDb db, FieldProtector protector, Guid groupId, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        var group = await db.SupportGroups.FindAsync([groupId], cancellationToken);
        if (group is null)
        {
            return;
        }
        group.DiscussionMode = DiscussionMode.Always;
        var started = now.AddHours(-5);
        var thread = new DiscussionThread
        {
            GroupId = groupId,
            AuthorUserId = users["demo-member"],
            ProtectedTitle = protector.Protect(FieldPurposes.DiscussionTitle, "Small things that helped this week")!,
            CreatedAt = started,
            LastPostAt = now.AddHours(-1),
        };
        db.DiscussionThreads.Add(thread);
        (string Author, string Text, string? Warning, DateTime At)[] posts =
        [
            ("demo-member", "I slept better after trying the breathing exercise from Thursday. What helped you this week?", null, started),
            ("demo-facilitator", "Thank you for sharing. Going for a short walk before bed helps me.", null, now.AddHours(-3)),
            ("demo-peer", "Some nights are still hard for me, and that is okay. Writing three good things down helps.", "hard nights", now.AddHours(-1)),
        ];
        foreach (var (author, text, warning, at) in posts)
        {
            db.DiscussionPosts.Add(new DiscussionPost
            {
                ThreadId = thread.Id,
                GroupId = groupId,
                AuthorUserId = users[author],
                ProtectedBody = protector.Protect(FieldPurposes.DiscussionPostBody, text)!,
                ProtectedContentWarning = protector.Protect(FieldPurposes.DiscussionContentWarning, warning),
                CreatedAt = at,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
