using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Live;
using Circles.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Discussions;

/// <summary>Small pieces both discussion pages share.</summary>
public static class DiscussionCrisis
{
    /// <summary>
    /// After a post matched crisis language the writer is redirected with the post's id; the
    /// crisis lines show only if that post really raised an alert and was written by this reader,
    /// so the link cannot put the panel in front of anyone else.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> LinesIfMatchedAsync(CirclesDb db, PageFrame frame, Guid? postId, Guid readerId, CancellationToken cancellationToken)
    {
        if (postId is not { } id || !await db.CrisisAlerts.AnyAsync(a => a.MessageId == id && a.WriterUserId == readerId, cancellationToken))
        {
            return null;
        }
        return (await frame.GetAsync(cancellationToken)).CrisisLines;
    }

    /// <summary>Duty changed: open pages of the group refresh their thread list and posting note.</summary>
    public static async Task TellGroupAsync(IServiceProvider services, CirclesDb db, SupportGroup group, DateTime now, CancellationToken cancellationToken)
    {
        var audience = await DiscussionAccess.AudienceAsync(db, group, now, cancellationToken);
        await services.GetRequiredService<LiveUpdates>().ChangedAsync(audience, LiveUpdates.GroupTopic(group.Id));
    }
}
