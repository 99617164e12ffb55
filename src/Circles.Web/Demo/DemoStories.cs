using Circles.Web.Data;
using Circles.Web.Features.Stories;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// A few fictional stories in different states (issue 16): two shown on the public stories page,
/// one shown to staff whose consent ends within 30 days (demo-member's home reminds them), one
/// waiting for review with details a reviewer should notice, one with a suggested version waiting
/// for demo-member, and one withdrawn. Their drafts are not kept (the demo accounts have no key
/// yet when this runs): the versions carry the words.
/// </summary>
public static class DemoStories
{
    private sealed record Demo(string Author, StoryKind Kind, StoryAudience Audience, StoryNaming Naming, StoryStatus Status, int DaysAgo, (string Title, string Text, bool ByAuthor, string? Note)[] Versions, int? ConsentDaysLeft = null);

    private static readonly Demo[] Stories =
    [
        new("demo-member", StoryKind.Success, StoryAudience.Public, StoryNaming.FirstLetter, StoryStatus.Published, 20,
        [
            ("The first time I spoke in the circle", "On Thursday 4 March I finally said something in the circle at Riverside. Amira held my hand.\n\nNobody rushed me. I said three sentences and then I cried, and that was fine.", true, null),
            ("The first time I spoke in the circle", "One evening I finally said something in the circle. Someone held my hand.\n\nNobody rushed me. I said three sentences and then I cried, and that was fine.", false, "I took out the day, the place and the name, so nobody can tell who you are."),
        ]),
        new("demo-peer", StoryKind.Challenge, StoryAudience.Public, StoryNaming.NoName, StoryStatus.Published, 40,
        [
            ("Asking for help was the hardest part", "For months I thought I had to manage alone. Asking for help felt like giving up.\n\nIt was not. The first call was short, and the second was easier.", true, null),
        ]),
        new("demo-member", StoryKind.Success, StoryAudience.Staff, StoryNaming.NoName, StoryStatus.Published, 60,
        [
            ("A plan for hard moments", "Writing my plan for hard moments helped me sleep. I keep it on my phone.", true, null),
        ], ConsentDaysLeft: 20),
        new("demo-peer", StoryKind.Challenge, StoryAudience.Group, StoryNaming.Pseudonym, StoryStatus.InReview, 2,
        [
            ("Starting again in a new city", "When I arrived in Leeds on 12/05 I stayed with Maria at 14 Mill Street. I called 0161 000 0000 at 9pm.\n\nThe group helped me find my feet again.", true, null),
        ]),
        new("demo-member", StoryKind.Challenge, StoryAudience.Public, StoryNaming.NoName, StoryStatus.AwaitingAuthor, 5,
        [
            ("Learning to say no", "My manager Tom at the bakery kept asking me to stay late. In October I said no for the first time.", true, null),
            ("Learning to say no", "Someone at work kept asking me to stay late. One day I said no for the first time.", false, "I took out the name, the workplace and the month. Does it still sound like you?"),
        ]),
        new("demo-member", StoryKind.Success, StoryAudience.Group, StoryNaming.Pseudonym, StoryStatus.Withdrawn, 90,
        [
            ("Cooking for the group", "I cooked for everyone at the last session of the year.", true, null),
        ]),
    ];

    public static async Task SeedAsync(CirclesDb db, FieldProtector protector, Guid groupId, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Stories.AnyAsync(cancellationToken))
        {
            return;
        }
        var texts = new StoryTexts(protector);
        var coordinator = users["demo-coordinator"];
        var today = DateOnly.FromDateTime(now);
        foreach (var demo in Stories)
        {
            var at = now.AddDays(-demo.DaysAgo);
            var story = new Story
            {
                AuthorUserId = users[demo.Author],
                Kind = demo.Kind,
                Audience = demo.Audience,
                GroupId = demo.Audience == StoryAudience.Group ? groupId : null,
                Naming = demo.Naming,
                Status = demo.Status,
                ConsentEndsOn = demo.ConsentDaysLeft is { } left ? today.AddDays(left) : null,
                CreatedAt = at,
                UpdatedAt = at,
            };
            db.Stories.Add(story);
            StoryVersion? last = null;
            for (var i = 0; i < demo.Versions.Length; i++)
            {
                var (title, text, byAuthor, note) = demo.Versions[i];
                last = texts.NewVersion(story, i + 1, byAuthor, byAuthor ? story.AuthorUserId : coordinator, title, text, note, at.AddHours(i));
                db.StoryVersions.Add(last);
            }
            if (demo.Status is StoryStatus.Published or StoryStatus.Withdrawn)
            {
                last!.ApprovedAt = at.AddHours(demo.Versions.Length);
                story.ApprovedVersionId = last.Id;
                story.PublishedAt = last.ApprovedAt;
            }
            if (demo.Status == StoryStatus.Withdrawn)
            {
                story.WithdrawnAt = at.AddDays(10);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
