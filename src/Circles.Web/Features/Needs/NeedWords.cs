using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>
/// What a member reads about their need and its referrals: plain sentences, not workflow states.
/// The consent words are here too, so the page shows and the record names exactly one text.
/// </summary>
public static class NeedWords
{
    /// <summary>One referral as the member reads it.</summary>
    public sealed record ReferralLine(string ServiceName, ReferralStatus Status, MemberAnswer? Answer);

    /// <summary>The need's status in one sentence, from its own status and its referrals.</summary>
    public static string StatusOf(IStringLocalizer l, NeedStatus status, IReadOnlyList<ReferralLine> referrals)
    {
        if (status == NeedStatus.Met || referrals.Any(r => r.Status == ReferralStatus.HelpReceived || r.Answer == MemberAnswer.Yes))
        {
            return l["Help received"];
        }
        if (status == NeedStatus.Closed)
        {
            return l["This is closed"];
        }
        var open = referrals.LastOrDefault(r => r.Status is ReferralStatus.Sent or ReferralStatus.Accepted or ReferralStatus.Waiting);
        if (open is not null)
        {
            return Referral(l, open.ServiceName, open.Status);
        }
        return status == NeedStatus.Waiting && referrals.Count == 0
            ? l["Waiting for someone to look at it"]
            : l["We are finding help"];
    }

    /// <summary>Where one referral stands, for the member.</summary>
    public static string Referral(IStringLocalizer l, string serviceName, ReferralStatus status) => status switch
    {
        ReferralStatus.Sent => l["Referred to {0} — waiting for them", serviceName],
        ReferralStatus.Accepted => l["{0} said they can help", serviceName],
        ReferralStatus.Waiting => l["{0} has a waiting list — you are on it", serviceName],
        ReferralStatus.HelpReceived => l["Help received"],
        ReferralStatus.Declined => l["{0} could not help. We will look for another way.", serviceName],
        _ => l["{0} was not the right place. We will look for another way.", serviceName],
    };

    /// <summary>
    /// The exact words a member agrees to (version <see cref="ConsentTexts.ReferralVersion"/>).
    /// Change them only together with the version.
    /// </summary>
    public static string ConsentText(IStringLocalizer l, string serviceName) =>
        l["I agree that {0} may receive my name in Circles, the kind of help I need, how soon, my language and how I want to be contacted. My description stays with Circles. I can take this back at any time.", serviceName];
}
