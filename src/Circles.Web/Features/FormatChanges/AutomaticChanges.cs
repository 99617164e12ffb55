using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;

namespace Circles.Web.Features.FormatChanges;

/// <summary>
/// The entries the group edit page makes by itself: when the format, meeting pattern, time zone or
/// place changes, one entry per field, added to the same save as the group (one transaction: a
/// conflict on the group saves neither). Stored as field, before and after, so that each reader
/// sees "Format: In person → Hybrid" in their own language.
/// </summary>
public static class AutomaticChanges
{
    public sealed record Snapshot(GroupFormat Format, string MeetingPattern, string TimeZone, string MeetingPlace);

    public static Snapshot Of(SupportGroup group) => new(group.Format, group.MeetingPattern, group.TimeZone, group.MeetingPlace);

    public static void Record(CirclesDb db, Snapshot before, SupportGroup group, Guid? byUserId, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(SessionTimes.ToLocal(now, group.TimeZone));
        void Add(GroupField field, FormatChangeArea area, string from, string to)
        {
            if (string.Equals(from, to, StringComparison.Ordinal))
            {
                return;
            }
            db.GroupFormatChanges.Add(new GroupFormatChange
            {
                GroupId = group.Id,
                TookEffectOn = today,
                Area = area,
                Field = field,
                Before = Cut(from),
                After = Cut(to),
                RecordedByUserId = byUserId,
                RecordedAt = now,
            });
        }
        Add(GroupField.Format, FormatChangeArea.Format, before.Format.ToString(), group.Format.ToString());
        Add(GroupField.MeetingPattern, FormatChangeArea.Timing, before.MeetingPattern, group.MeetingPattern);
        Add(GroupField.TimeZone, FormatChangeArea.Timing, before.TimeZone, group.TimeZone);
        Add(GroupField.MeetingPlace, FormatChangeArea.Place, before.MeetingPlace, group.MeetingPlace);
    }

    private static string Cut(string value) => value.Length <= 500 ? value : value[..500];
}
