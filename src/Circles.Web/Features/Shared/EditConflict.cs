namespace Circles.Web.Features.Shared;

/// <summary>
/// What a form says when someone else (or another window) saved first. Every edit page shows it
/// the same way, through <c>_EditConflict.cshtml</c>, above the form that still holds what the
/// person typed: nothing is lost, and nothing is overwritten without them seeing it. A page may
/// put its own (already translated) words in place of the usual ones.
/// </summary>
public sealed record EditConflict(string? Heading = null, string? Advice = null, string? LinkText = null, string? LinkHref = null)
{
    public static readonly EditConflict Usual = new();
}
