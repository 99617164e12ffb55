namespace Circles.Web.Features.Needs;

/// <summary>What _NeedFields needs: the form, the communities on offer, and whether the person writes for themselves.</summary>
public sealed record NeedFieldsView(NeedForm Form, IReadOnlyList<CommunityChoice> Communities, bool ForSelf);

public sealed record CommunityChoice(Guid Id, string Name);
