using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Api;

/// <summary>The paging envelope of every HSDS list (openapi.json components.schemas.Page) around its contents.</summary>
internal static class HsdsPage
{
    public static async Task<IResult> ListAsync<TRecord>(
        IQueryable<TRecord> ordered, HsdsListQuery query, Func<IReadOnlyList<TRecord>, Task<List<JsonObject>>> render, CancellationToken cancellationToken)
        where TRecord : class
    {
        var total = await ordered.CountAsync(cancellationToken);
        var rows = query.Skip >= total
            ? []
            : await ordered.AsNoTracking().Skip(query.Skip).Take(query.PerPage).ToListAsync(cancellationToken);
        var contents = await render(rows);
        return HsdsJson.Ok(Envelope(total, query.Page, query.PerPage, contents));
    }

    /// <summary>A page of records whose order was decided in memory (search ranks), loaded by id.</summary>
    public static async Task<IResult> ListInOrderAsync<TRecord>(
        List<string> orderedIds, IQueryable<TRecord> records, HsdsListQuery query, Func<IReadOnlyList<TRecord>, Task<List<JsonObject>>> render, CancellationToken cancellationToken)
        where TRecord : class, Hsds.IHsdsRecord
    {
        var pageIds = orderedIds.Skip(query.Skip).Take(query.PerPage).ToList();
        var position = pageIds.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
        var rows = pageIds.Count == 0
            ? []
            : (await records.AsNoTracking().Where(r => EF.Parameter(pageIds).Contains(r.Id)).ToListAsync(cancellationToken)).OrderBy(r => position[r.Id]).ToList();
        var contents = await render(rows);
        return HsdsJson.Ok(Envelope(orderedIds.Count, query.Page, query.PerPage, contents));
    }

    public static JsonObject Envelope(int totalItems, int page, int perPage, IReadOnlyList<JsonObject> contents)
    {
        var totalPages = (int)((totalItems + (long)perPage - 1) / perPage);
        return new JsonObject
        {
            ["total_items"] = totalItems,
            ["total_pages"] = totalPages,
            ["page_number"] = page,
            ["size"] = contents.Count,
            ["first_page"] = page == 1,
            ["last_page"] = page >= totalPages,
            ["empty"] = contents.Count == 0,
            ["contents"] = new JsonArray([.. contents]),
        };
    }
}

/// <summary>JSON answers of the API: UTF-8, every script readable as itself rather than \u escapes, HTML-significant characters still escaped.</summary>
internal static class HsdsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IResult Ok(JsonNode document) =>
        Results.Text(document.ToJsonString(Options), "application/json; charset=utf-8");
}
