using System.Linq.Expressions;
using Circles.Web.Data;
using Circles.Web.Security;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Stories;

/// <summary>One story as an audience reads it: the approved text only, and the byline its naming allows.</summary>
public sealed record StoryCard(Guid Id, StoryKind Kind, StoryAudience Audience, Guid? GroupId, string Title, string Text, string Byline, DateTime? PublishedAt);

/// <summary>
/// Turns stories already narrowed by <see cref="StoryVisibility.VisibleTo"/> into what a page
/// shows: one query joining each story to its approved version (never another) and its author's
/// name, then the title and text decrypted. It never widens what it is given: the caller passes
/// the visible query, and any search runs on these cards, after the visibility rule.
/// </summary>
public sealed class StoryReading(CirclesDb db, FieldProtector protector, IStringLocalizer<SharedResource> l)
{
    /// <param name="newest">At most this many, newest first, counted in the query so that only they are read and decrypted.</param>
    public async Task<IReadOnlyList<StoryCard>> CardsAsync(IQueryable<Story> visible, CancellationToken cancellationToken, int? newest = null)
    {
        var rows = RowsFrom(db, visible);
        return Cards(await (newest is { } count ? rows.Take(count) : rows).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// A group's stories on its page, for a reader who is one of the group (its active member or
    /// facilitator: <see cref="StoryVisibility.ReaderIn"/>). One compiled query (issue 17: the
    /// group page's costliest when composed on every request) made of the same two expressions
    /// as every other list: <see cref="StoryVisibility.MayRead"/> and <see cref="Rows"/>.
    /// </summary>
    public async Task<IReadOnlyList<StoryCard>> GroupCardsAsync(Guid groupId, bool readerIsStaff, DateOnly today, CancellationToken cancellationToken) =>
        Cards(await GroupRowsOf(db, groupId, readerIsStaff, today).ToListAsync(cancellationToken));

    /// <summary>What a card is read from: the story, its approved version (never another), its author's name.</summary>
    internal sealed record Row(Guid Id, StoryKind Kind, StoryAudience Audience, Guid? GroupId, StoryNaming Naming, DateTime? PublishedAt,
        string ProtectedTitle, string ProtectedText, string? Author);

    /// <summary>The visible stories as rows, newest first.</summary>
    internal static readonly Expression<Func<CirclesDb, IQueryable<Story>, IQueryable<Row>>> Rows = (db, visible) => visible
        .Join(db.StoryVersions, s => s.ApprovedVersionId, v => (Guid?)v.Id, (s, v) => new { s, v })
        .Where(x => x.v.StoryId == x.s.Id)
        .OrderByDescending(x => x.s.PublishedAt).ThenByDescending(x => x.s.CreatedAt).ThenBy(x => x.s.Id)
        .Select(x => new Row(x.s.Id, x.s.Kind, x.s.Audience, x.s.GroupId, x.s.Naming, x.s.PublishedAt,
            x.v.ProtectedTitle, x.v.ProtectedText,
            db.Users.Where(u => u.Id == x.s.AuthorUserId).Select(u => u.UserName).FirstOrDefault()));

    private static readonly Func<CirclesDb, IQueryable<Story>, IQueryable<Row>> RowsFrom = Rows.Compile();

    // The reader's groups are this group alone: the caller has found them one of it.
    private static readonly Func<CirclesDb, Guid, bool, DateOnly, IAsyncEnumerable<Row>> GroupRowsOf = EF.CompileAsyncQuery(
        ((Expression<Func<CirclesDb, Guid, bool, DateOnly, IQueryable<Row>>>)((db, groupId, readerIsStaff, today) => Rows.Invoke(db, db.Stories
            .Where(s => StoryVisibility.MayRead.Invoke(s, today, readerIsStaff, new[] { groupId })
                && s.Audience == StoryAudience.Group && s.GroupId == groupId)))).Expand());

    private List<StoryCard> Cards(List<Row> rows) => [.. rows.Select(r => new StoryCard(
        r.Id, r.Kind, r.Audience, r.GroupId,
        protector.Unprotect(FieldPurposes.StoryTitle, r.ProtectedTitle) ?? "",
        protector.Unprotect(FieldPurposes.StoryText, r.ProtectedText) ?? "",
        StoryByline.Of(r.Naming, r.Audience, r.Author, l),
        r.PublishedAt))];

    /// <summary>The cards whose title or text holds every word of <paramref name="search"/> (case and accents as typed, ignoring case).</summary>
    public static IReadOnlyList<StoryCard> Search(IReadOnlyList<StoryCard> cards, string? search)
    {
        var words = (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0
            ? cards
            : [.. cards.Where(c => words.All(w =>
                c.Title.Contains(w, StringComparison.CurrentCultureIgnoreCase) || c.Text.Contains(w, StringComparison.CurrentCultureIgnoreCase)))];
    }
}
