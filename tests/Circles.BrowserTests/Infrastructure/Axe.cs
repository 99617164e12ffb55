using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>Runs axe-core on a page the way the accessibility tests need it.</summary>
public static class Axe
{
    /// <summary>
    /// axe.run on the whole document, in the page itself, gathering violations in full.
    /// </summary>
    /// <remarks>
    /// The default <c>RunAxe()</c> runs <c>axe.runPartial</c> in every frame and then
    /// <c>axe.finishRun</c> in a new, isolated browser context, to cope with cross-origin iframes;
    /// no Circles page has any (SEC-8: nothing from another origin; frame-ancestors 'none'). Run in
    /// the page ("legacy mode", axe-core-npm's <c>setLegacyMode</c>) on <c>&lt;html&gt;</c>, which
    /// axe treats as the whole page, page-level rules included, the same rules find the same
    /// violations; and only the violations are gathered node by node (<c>resultTypes</c>), the one
    /// result the tests read. Measured on four pages with planted violations: identical rule sets
    /// and violations, 1.6–2.1 s down to 0.2–0.3 s per run. The method is marked obsolete because
    /// Deque may drop it in a later version; the version is pinned, and a removal breaks the build
    /// rather than a test.
    /// </remarks>
    public static async Task<AxeResult> RunOnWholePageAsync(this IPage page)
    {
#pragma warning disable CS0618 // see remarks
        return await page.Locator("html").RunAxeLegacy(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
#pragma warning restore CS0618
    }
}
