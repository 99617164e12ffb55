using Microsoft.Playwright;

namespace Circles.Bench.Load;

/// <summary>
/// The member home's first load in Chromium (/usr/bin/chromium, as the browser tests drive it), with
/// an empty cache, throttled through CDP to Lighthouse's slow-4G profile (562.5 ms round trip,
/// 1.44 Mbit/s down, 675 kbit/s up) and a CPU four times slower: bytes on the wire (bodies as
/// sent, compressed, plus headers), of which JavaScript, and the largest contentful paint as
/// the page's own PerformanceObserver reports it.
/// </summary>
internal static class FirstLoad
{
    public sealed record Figures(long Bytes, long ScriptBytes, TimeSpan LargestContentfulPaint);

    public static async Task<Figures> MeasureAsync(string origin, Session member)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Plain http on loopback is what the proxy sees; Chromium must not try https first.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true });
        // Over https (Circles' second address, self-signed): the member's signed-in cookies.
        await context.AddCookiesAsync(member.Cookies.Select(c => new Cookie { Name = c.Key, Value = c.Value, Url = origin + "/" }));
        await context.AddInitScriptAsync("""
            window.__lcp = 0;
            new PerformanceObserver(list => { for (const entry of list.getEntries()) { window.__lcp = entry.startTime; } })
              .observe({ type: 'largest-contentful-paint', buffered: true });
            """);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 562.5,
            ["downloadThroughput"] = 1.6 * 1024 * 1024 / 8 * 0.9,
            ["uploadThroughput"] = 750.0 * 1024 / 8 * 0.9,
        });
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });

        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        var answer = await page.GotoAsync(origin + "/home/member", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 120_000 });
        if (answer is null || answer.Status != 200 || !answer.Url.EndsWith("/home/member", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The member home answered {answer?.Status} at {answer?.Url}.");
        }
        long bytes = 0, scripts = 0;
        foreach (var response in responses.ToList())
        {
            var sizes = await response.Request.SizesAsync();
            var size = (long)sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            bytes += size;
            if (response.Request.ResourceType == "script")
            {
                scripts += size;
            }
        }
        var lcp = await page.EvaluateAsync<double>("() => window.__lcp");
        return new Figures(bytes, scripts, TimeSpan.FromMilliseconds(lcp));
    }
}
