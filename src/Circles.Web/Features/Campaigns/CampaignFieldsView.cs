namespace Circles.Web.Features.Campaigns;

/// <summary>What <c>_CampaignFields.cshtml</c> shows: the form as typed and the choices it offers.</summary>
public sealed record CampaignFieldsView(CampaignForm Form, CampaignChoices Choices);
