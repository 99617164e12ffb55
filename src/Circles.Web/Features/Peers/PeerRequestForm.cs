using System.Globalization;
using Circles.Web.Data;
using Circles.Web.Features.Needs;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Peers;

/// <summary>What a member fills in to ask for a peer: a language, then only the preferences they want to state.</summary>
public sealed class PeerRequestForm
{
    public string Language { get; set; } = "";
    public Guid? CommunityId { get; set; }
    public List<SharedExperience> Experiences { get; set; } = [];
    public List<PeerTopics> Topics { get; set; } = [];
    public PeerGender PreferredGender { get; set; } = PeerGender.NotSaid;
    public List<Availability> Availability { get; set; } = [];

    public static PeerRequestForm ForCurrentLanguage() => new()
    {
        Language = NeedLanguages.IsKnown(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName
            : "en",
    };

    public void Validate(IReadOnlyList<PeerCommunityChoice> communities, ModelStateDictionary modelState, IStringLocalizer l)
    {
        if (!NeedLanguages.IsKnown(Language))
        {
            modelState.AddModelError("Form.Language", l["Choose a language from the list."]);
        }
        if (CommunityId is { } community && communities.All(c => c.Id != community))
        {
            modelState.AddModelError("Form.CommunityId", l["Choose a community from the list."]);
        }
        if (!Enum.IsDefined(PreferredGender))
        {
            modelState.AddModelError("Form.PreferredGender", l["Choose one of the answers offered."]);
        }
    }

    public PeerRequest ToRequest(Guid memberUserId, DateTime now) => new()
    {
        MemberUserId = memberUserId,
        Language = Language,
        CommunityId = CommunityId,
        Experiences = Experiences.Aggregate(SharedExperience.None, (all, one) => all | one),
        Topics = Topics.Aggregate(PeerTopics.None, (all, one) => all | one),
        PreferredGender = PreferredGender,
        Availability = Availability.Aggregate(Peers.Availability.None, (all, one) => all | one),
        CreatedAt = now,
    };

    public static async Task<IReadOnlyList<PeerCommunityChoice>> CommunitiesAsync(CirclesDb db, CancellationToken cancellationToken) =>
        [.. (await db.Communities.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .Select(c => new PeerCommunityChoice(c.Id, c.Name))];
}

public sealed record PeerCommunityChoice(Guid Id, string Name);
