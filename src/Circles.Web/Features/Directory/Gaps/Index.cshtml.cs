using System.Globalization;
using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Directory.Gaps;

/// <summary>
/// The gap analysis as a table a coordinator sorts with plain links (no script): needs raised
/// per community, category and language, the verified services that match, and the gaps,
/// marked in words as well as in style.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(GapAnalysis analysis, IStringLocalizer<SharedResource> l) : PageModel
{
    public static readonly IReadOnlyList<string> Columns = ["community", "category", "language", "needs", "open", "services", "gap"];

    public IReadOnlyList<GapAnalysis.Row> Rows { get; private set; } = [];
    public string Sort { get; private set; } = "gap";
    public bool Descending { get; private set; } = true;
    public int Gaps { get; private set; }

    public async Task OnGetAsync(string? sort, string? dir)
    {
        Sort = sort is not null && Columns.Contains(sort) ? sort : "gap";
        Descending = dir is null ? Sort is "gap" or "needs" or "open" : dir == "desc";
        var rows = await analysis.RunAsync(HttpContext.RequestAborted);
        Gaps = rows.Count(r => r.IsGap);
        var text = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        IOrderedEnumerable<GapAnalysis.Row> ordered = Sort switch
        {
            "community" => Order(rows, r => CommunityName(r), text),
            "category" => Order(rows, r => l["NeedCategory:" + r.Category].Value, text),
            "language" => Order(rows, r => Needs.NeedLanguages.NameOf(r.Language), text),
            "needs" => Order(rows, r => r.Needs, Comparer<int>.Default),
            "open" => Order(rows, r => r.OpenNeeds, Comparer<int>.Default),
            "services" => Order(rows, r => r.Services.Count, Comparer<int>.Default),
            _ => Order(rows, r => r.IsGap, Comparer<bool>.Default),
        };
        // Ties read best with the biggest needs first.
        Rows = [.. ordered.ThenByDescending(r => r.Needs).ThenBy(r => CommunityName(r), text)];
    }

    public string CommunityName(GapAnalysis.Row row) => row.Community ?? l["No community given"];

    /// <summary>The link of a column header: this column, the other direction if it is the current one.</summary>
    public string SortLink(string column) =>
        Url.Page("/Directory/Gaps/Index", new { sort = column, dir = column == Sort && Descending ? "asc" : column == Sort ? "desc" : DefaultDirection(column) })!;

    public string? AriaSort(string column) => column != Sort ? null : Descending ? "descending" : "ascending";

    private static string DefaultDirection(string column) => column is "gap" or "needs" or "open" or "services" ? "desc" : "asc";

    private IOrderedEnumerable<GapAnalysis.Row> Order<TKey>(IEnumerable<GapAnalysis.Row> rows, Func<GapAnalysis.Row, TKey> key, IComparer<TKey> comparer) =>
        Descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
