using Circles.Web.Data;
using Circles.Web.Features.Shared;
using Circles.Web.Features.Stories;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// Published public stories, newest first: only the approved version's words, the author shown as
/// a first letter or not at all. Read through the one rule (<see cref="StoryVisibility"/> with
/// <see cref="StoryReader.Public"/>) on every request, and answered no-store like every page, so a
/// withdrawn story or one whose consent ended is gone on the very next request.
/// </summary>
[AllowAnonymous]
public sealed class StoriesModel(PublicSites sites, IServiceScopeFactory scopes, TimeProvider clock) : PublicPageModel(sites)
{
    public sealed record PublicStory(Guid Id, StoryKind Kind, string Title, IReadOnlyList<string> Paragraphs, string? Initial, DateTime PublishedAt);

    public IReadOnlyList<PublicStory> Stories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        // A scope of this page's organization: a signed-in visitor of another organization reads the same page.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(Site.OrganizationId);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var rows = await db.Stories.VisibleTo(StoryReader.Public, clock.UtcToday())
            .Join(db.StoryVersions, s => s.ApprovedVersionId, v => v.Id, (s, v) => new
            {
                s.Id, s.Kind, s.Naming, s.PublishedAt, v.ProtectedTitle, v.ProtectedText,
                Author = db.Users.Where(u => u.Id == s.AuthorUserId).Select(u => u.UserName).FirstOrDefault(),
            })
            .OrderByDescending(r => r.PublishedAt).ThenBy(r => r.Id)
            .Take(100)
            .ToListAsync(HttpContext.RequestAborted);
        Stories = [.. rows.Select(r => new PublicStory(
            r.Id, r.Kind,
            protector.Unprotect(FieldPurposes.StoryTitle, r.ProtectedTitle) ?? "",
            Paragraphs(protector.Unprotect(FieldPurposes.StoryText, r.ProtectedText) ?? ""),
            // Public stories are never named by pseudonym: at most a first letter.
            r.Naming != StoryNaming.NoName && !string.IsNullOrEmpty(r.Author) ? char.ToUpperInvariant(r.Author[0]) + "." : null,
            r.PublishedAt ?? DateTime.MinValue))];
        return Page();
    }

    private static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
