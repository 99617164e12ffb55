using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core in a page and reports its serious and critical violations, the standard every
/// browser test holds a page to.
/// </summary>
/// <remarks>
/// axe-core's own source comes from Deque's package (pinned in Directory.Packages.props); running
/// it is done here rather than through Deque's Playwright wrapper. Measured on the member home
/// with a throwaway probe (7 December 2026): opening the page and running the wrapper's legacy
/// mode cost 1.1 s of CPU in all (Chromium, the test process, Playwright's driver), 0.22 s of it
/// in the test process (the 0.5 MB script read and sent again on every run, the whole result
/// parsed back); with the script installed once per browser context and only the serious and
/// critical violations sent back, 0.67 s. axe runs on the whole document in the page itself:
/// no Circles page has a frame from another origin (SEC-8: frame-ancestors 'none', nothing
/// from another origin), so axe's cross-frame machinery has nothing to do.
/// </remarks>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>Browser contexts whose pages get axe-core on every document they open.</summary>
    private static readonly ConditionalWeakTable<IBrowserContext, object> Installed = [];

    private const string RunScript = """
        async () => {
          const results = await axe.run(document, { resultTypes: ["violations"] });
          return JSON.stringify(results.violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => ({
              id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
              nodes: v.nodes.map(n => ({
                target: JSON.stringify(n.target),
                html: n.html,
                messages: [...n.any, ...n.all, ...n.none].map(check => check.message),
              })),
            })));
        }
        """;

    /// <summary>The serious and critical violations axe-core finds on the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(this IPage page)
    {
        if (!Installed.TryGetValue(page.Context, out _))
        {
            // Documents opened from now on get axe before their own scripts run; the current one
            // gets it below. One copy of the script travels to the browser per context, not per run.
            await page.Context.AddInitScriptAsync(Source.Value);
            Installed.AddOrUpdate(page.Context, new object());
        }
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }
        var json = await page.EvaluateAsync<string>(RunScript);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, JsonSerializerOptions.Web) ?? [];
    }

    /// <summary>Fails the test, naming each violation and where it is, when axe-core finds a serious or critical one.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page, string? what = null)
    {
        var violations = await page.SeriousViolationsAsync();
        Assert.True(violations.Count == 0, Describe(what ?? page.Url, violations));
    }

    /// <summary>Each violation with its rule, its help page and the elements it was found on.</summary>
    public static string Describe(string where, IReadOnlyList<AxeViolation> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} serious or critical violation(s) on {where}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                text.Append($"\n    target {node.Target}: {string.Join(" / ", node.Messages)}");
                text.Append($"\n      {node.Html}");
            }
        }
        return text.ToString();
    }
}

/// <summary>One axe-core rule a page breaks, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<AxeViolationNode> Nodes);

/// <summary>An element that breaks a rule: its selector, its markup and what axe says is wrong.</summary>
public sealed record AxeViolationNode(string Target, string Html, IReadOnlyList<string> Messages);
