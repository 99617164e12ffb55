using System.Globalization;
using System.Text;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>A service that matches a search, with its rank (higher is better).</summary>
public sealed record ServiceMatch(string ServiceId, double Rank);

/// <summary>
/// Full-text search over the current organization's services: the directory pages and the HSDS
/// API's <c>search</c> parameter both go through here. The indexes are raw SQL in the
/// DirectorySearch migrations (and DirectorySearchScope on SQLite): SQLite FTS5
/// (HsdsServiceSearch, unicode61 without diacritics, bm25, the organization a word of its own)
/// and a PostgreSQL tsvector (HsdsService.SearchVector, 'simple', GIN, ts_rank). Both cover the
/// name (weighted highest), alternate name, description and taxonomy term names.
/// </summary>
public sealed class DirectorySearch(CirclesDb db)
{
    /// <summary>At most this many words of a search are used: enough for any real question.</summary>
    public const int MaxWords = 12;

    // Accents folded on PostgreSQL; must stay equal to the strings in the Postgres DirectorySearch
    // migration (SQLite's tokenizer folds them itself).
    internal const string FoldFrom = "áàâäãåāÁÀÂÄÃÅĀçÇéèêëēÉÈÊËĒíìîïīÍÌÎÏĪñÑóòôöõøōÓÒÔÖÕØŌúùûüūÚÙÛÜŪýÿÝ"
        + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640";
    internal const string FoldTo = "aaaaaaaAAAAAAAcCeeeeeEEEEEiiiiiIIIIInNoooooooOOOOOOOuuuuuUUUUUyyY";

    /// <summary>
    /// Services of the current organization matching every word (the last one as a prefix, so
    /// results follow typing), to be ordered by Rank descending. No words: every service, rank 0.
    /// Composable: callers join and filter it further in LINQ.
    /// </summary>
    public IQueryable<ServiceMatch> Matching(string words)
    {
        var organizationId = db.CurrentOrganizationId;
        var terms = Words(words);
        var postgres = db.Database.IsNpgsql();
        var query = postgres ? PostgresQuery(terms) : SqliteQuery(terms);
        if (query.Length == 0)
        {
            return postgres
                ? db.Database.SqlQuery<ServiceMatch>($"""SELECT "Id" AS "ServiceId", 0.0::float8 AS "Rank" FROM "HsdsService" WHERE "OrganizationId" = {organizationId}""")
                : db.Database.SqlQuery<ServiceMatch>($"SELECT Id AS ServiceId, 0.0 AS Rank FROM HsdsService WHERE OrganizationId = {organizationId}");
        }
        if (postgres)
        {
            return db.Database.SqlQuery<ServiceMatch>($"""
                SELECT s."Id" AS "ServiceId", ts_rank(s."SearchVector", q)::float8 AS "Rank"
                  FROM "HsdsService" s, to_tsquery('simple', {query}) q
                 WHERE s."OrganizationId" = {organizationId} AND s."SearchVector" @@ q
                """);
        }
        // The organization is a token in the index's Scope column, so the index itself keeps only
        // this organization's services: checking each match's service instead made every search
        // cost as much as the matches of all the organizations sharing the index, and a count
        // could not be read from the index alone (DirectorySearchBench). The words are searched in
        // the four text columns only. bm25 is lower for better matches; the weights follow the
        // columns: name, alternate name, description, term names, and 0 for the scope.
        var match = $"Scope : \"{ScopeToken(organizationId)}\" AND {{Name AlternateName Description Terms}} : ({query})";
        // A left join on the rowid, which the index shares with its service (kept by triggers):
        // SQLite leaves it out when nothing of the service is read, as in a count.
        return db.Database.SqlQuery<ServiceMatch>($"""
            SELECT s.Id AS ServiceId, m.Rank
              FROM (SELECT rowid AS ServiceRowId, -bm25(HsdsServiceSearch, 10.0, 4.0, 1.0, 4.0, 0.0) AS Rank
                      FROM HsdsServiceSearch WHERE HsdsServiceSearch MATCH {match}) AS m
              LEFT JOIN HsdsService s ON s.rowid = m.ServiceRowId
            """);
    }

    /// <summary>
    /// The words of what someone typed, as plain runs of letters and digits: quotes, stars,
    /// dashes, brackets and the like separate words and never reach the query syntax, and
    /// operators such as OR or NEAR become ordinary words.
    /// </summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return [.. words.Take(MaxWords)];
    }

    /// <summary>
    /// The organization as one word of the SQLite index's Scope column: "o" and the id's 32 hex
    /// digits, as the index's source view writes it from the stored id.
    /// </summary>
    internal static string ScopeToken(Guid organizationId) => "o" + organizationId.ToString("N");

    /// <summary>FTS5: each word quoted (a string, never syntax), the last one a prefix; all must match.</summary>
    internal static string SqliteQuery(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select((word, i) => $"\"{word}\"" + (i == words.Count - 1 ? "*" : "")));

    /// <summary>to_tsquery: each word a quoted lexeme, accents folded as in the index, the last one a prefix.</summary>
    internal static string PostgresQuery(IReadOnlyList<string> words)
    {
        var folded = words.Select(Fold).Where(word => word.Length > 0).ToList();
        return string.Join(" & ", folded.Select((word, i) => $"'{word}'" + (i == folded.Count - 1 ? ":*" : "")));
    }

    internal static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var index = FoldFrom.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                folded.Append(c);
            }
            else if (index < FoldTo.Length)
            {
                folded.Append(FoldTo[index]);
            }
        }
        return folded.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
