using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Stories;

/// <summary>Read the draft, share, approve, withdraw or delete a story: what only its author does.</summary>
public sealed class OwnStory : IAuthorizationRequirement;

/// <summary>
/// A story's draft and its consent are its author's alone (SEC-20): nobody else, whatever their
/// role, learns from the member pages that it exists; pages answer 404. Another organization's
/// stories are already out of the query (tenant filter). What others may read goes through
/// <see cref="StoryVisibility"/>; what a coordinator reviews, through <see cref="StoryReview.Reviewable"/>.
/// </summary>
public sealed class StoryAccess : AuthorizationHandler<OwnStory, Story>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnStory requirement, Story story)
    {
        if (context.User.GetUserId() == story.AuthorUserId)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Which stories a coordinator may open for review: only those their author asked to share and not yet settled.</summary>
public static class StoryReview
{
    /// <summary>A draft kept to "only me" never reaches a reviewer, nor a withdrawn or published one.</summary>
    public static IQueryable<Story> Reviewable(this IQueryable<Story> stories) =>
        stories.Where(s => s.Status == StoryStatus.InReview || s.Status == StoryStatus.AwaitingAuthor);
}
