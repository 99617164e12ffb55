using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Partners.Sources;

/// <summary>
/// "How did you find us?" when a member joins: the choices an organization offers, and the
/// count the answer adds to. The answer is never stored with the person: one counter per
/// organization, month, community, partner or channel goes up by one (SEC-34).
/// </summary>
public sealed class JoinSources(CirclesDb db)
{
    /// <summary>The value of "prefer not to say", the default, which stores nothing.</summary>
    public const string PreferNotToSay = "";

    /// <summary>Only people joining as members are asked (staff and partners are not "found").</summary>
    public static bool AsksRole(string? role) => role is null || role == Roles.Member || role == Roles.PeerSupporter;

    public static string PartnerValue(Guid partnerId) => "partner:" + partnerId.ToString("N");

    public static string ChannelValue(JoinChannel channel) => "channel:" + channel;

    /// <summary>The channels offered, in the order shown (a partner is chosen by name).</summary>
    public static IReadOnlyList<JoinChannel> Channels { get; } = [.. Enum.GetValues<JoinChannel>().Where(c => c != JoinChannel.Partner)];

    /// <summary>The partners the organization chose to show by name; anonymous page, so the organization is given, not read from the session.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> PartnersShownAsync(Guid organizationId, CancellationToken cancellationToken) =>
        [.. (await db.Partners.IgnoreQueryFilters()
            .Where(p => p.OrganizationId == organizationId && p.ShowWhenJoining)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name))];

    /// <summary>
    /// Adds one to the count for the answer; nothing for "prefer not to say" or an answer that is
    /// not among the choices. Call it inside the joining transaction, with the organization set.
    /// </summary>
    public async Task RecordAsync(Guid organizationId, Guid? communityId, string? answer, DateTime joinedAt, CancellationToken cancellationToken)
    {
        var (channel, partnerId) = await ParseAsync(organizationId, answer, cancellationToken);
        if (channel is null)
        {
            return;
        }
        var month = new DateOnly(joinedAt.Year, joinedAt.Month, 1);
        var counted = await db.JoinSourceCounts
            .Where(c => c.OrganizationId == organizationId && c.Month == month && c.CommunityId == communityId && c.Channel == channel && c.PartnerId == partnerId)
            .Take(1)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Count, x => x.Count + 1), cancellationToken);
        if (counted == 0)
        {
            // Two people joining at once may both insert: the report adds rows up, so that is harmless.
            db.JoinSourceCounts.Add(new JoinSourceCount
            {
                OrganizationId = organizationId,
                Month = month,
                CommunityId = communityId,
                Channel = channel.Value,
                PartnerId = partnerId,
                Count = 1,
            });
        }
    }

    private async Task<(JoinChannel? Channel, Guid? PartnerId)> ParseAsync(Guid organizationId, string? answer, CancellationToken cancellationToken)
    {
        if (answer?.StartsWith("partner:", StringComparison.Ordinal) == true
            && Guid.TryParseExact(answer["partner:".Length..], "N", out var partnerId)
            && await db.Partners.IgnoreQueryFilters().AnyAsync(p => p.Id == partnerId && p.OrganizationId == organizationId && p.ShowWhenJoining, cancellationToken))
        {
            return (JoinChannel.Partner, partnerId);
        }
        if (answer?.StartsWith("channel:", StringComparison.Ordinal) == true
            && Enum.TryParse<JoinChannel>(answer["channel:".Length..], out var channel)
            && Channels.Contains(channel))
        {
            return (channel, null);
        }
        return (null, null);
    }
}
