namespace Circles.Web.Features.Partners.Sources;

/// <summary>What <c>_FoundUsQuestion.cshtml</c> shows: the partners the organization names (none until the invitation is known) and the answer chosen.</summary>
public sealed record FoundUsQuestion(IReadOnlyList<(Guid Id, string Name)> Partners, string? Selected);
