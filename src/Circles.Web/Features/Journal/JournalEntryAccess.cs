using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Journal;

/// <summary>Read, change or delete a journal entry.</summary>
public sealed class OwnJournalEntry : IAuthorizationRequirement;

/// <summary>
/// An entry is its author's alone (SEC-20): nobody else, whatever their role, sees that it
/// exists; pages answer 404. Another organization's entries are already out of the query.
/// </summary>
public sealed class JournalEntryAccess : AuthorizationHandler<OwnJournalEntry, JournalEntry>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnJournalEntry requirement, JournalEntry entry)
    {
        if (context.User.GetUserId() == entry.UserId)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
