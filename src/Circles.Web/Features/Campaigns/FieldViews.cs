namespace Circles.Web.Features.Campaigns;

/// <summary>What <c>_GoalFields.cshtml</c> shows: the goal as typed, under a form prefix.</summary>
public sealed record GoalFieldsView(GoalForm Form, string Prefix);

/// <summary>What <c>_TaskFields.cshtml</c> shows: the task as typed, the owners offered, under a form prefix.</summary>
public sealed record TaskFieldsView(TaskForm Form, CampaignChoices Choices, string Prefix);

/// <summary>What <c>_EventFields.cshtml</c> shows: the event as typed, the communities offered, under a form prefix.</summary>
public sealed record EventFieldsView(EventForm Form, CampaignChoices Choices, string Prefix);
