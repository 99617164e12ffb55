using System.Net;
using Circles.IntegrationTests.Features.PublicSite;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Stories;

/// <summary>
/// Consent with an end date (issue 16): the story shows on and before its last day and is hidden
/// from the next (StoryVisibility, on the fake clock, through the public page); the member's home
/// reminds them from 30 days before. Its own app: these tests move the clock.
/// </summary>
public sealed class StoryConsentTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task ConsentEnd_ShownOnItsLastDay_HiddenFromTheNextDay_OnlyTheAuthorsAgain()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var words = StorySteps.Canary();
        var id = await author.WriteStoryAsync("Until tomorrow", "For a short while " + words);
        var lastDay = app.Clock.UtcToday().AddDays(1);
        await author.ShareAsync(id, "Public", "NoName", lastDay);
        await coordinator.PublishAsWrittenAsync(id);
        Assert.Contains(words, (await app.PublicStoriesAsync(organization)).Text, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(lastDay, app.Clock.UtcToday());
        var (onLastDay, text) = await app.PublicStoriesAsync(organization);
        Assert.Contains(words, text, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(1));
        var (dayAfter, after) = await app.PublicStoriesAsync(organization);
        Assert.Equal(HttpStatusCode.OK, dayAfter.StatusCode);
        Assert.Equal("no-store", dayAfter.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(words, after, StringComparison.Ordinal);
        _ = onLastDay;

        var again = await app.SignedInAsync(organization.Member);
        var status = (await again.GetPageAsync("/stories/mine")).Document.QuerySelector($"[data-my-story='{id}'] [data-story-status]")!.TextContent;
        Assert.Contains("Consent ended on", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(31, false)]
    [InlineData(30, true)]
    [InlineData(29, true)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public async Task Reminder_OnTheMembersHome_From30DaysBeforeTheEnd(int daysLeft, bool reminded)
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var id = await author.WriteStoryAsync("Reminded", "Words.");
        await author.ShareAsync(id, "Staff", "NoName");
        await coordinator.PublishAsWrittenAsync(id);
        var today = app.Clock.UtcToday();
        await app.InOrganizationAsync(organization, async db =>
        {
            var story = await db.Stories.SingleAsync(s => s.Id == id);
            story.ConsentEndsOn = today.AddDays(daysLeft);
            await db.SaveChangesAsync();
        });

        var home = (await author.GetPageAsync("/home/member")).Document;

        var reminder = home.QuerySelector($"[data-story-reminder='{id}']");
        Assert.Equal(reminded, reminder is not null);
        if (reminder is not null)
        {
            Assert.NotNull(reminder.QuerySelector($"a[href='/stories/mine/{id}/share']"));
            Assert.NotNull(reminder.QuerySelector($"a[href='/stories/mine/{id}']"));
        }
    }
}
