using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Hosting;

/// <summary>
/// What a cheap phone downloads (issue 17): the member home's first load, with an empty cache,
/// stays under 60 KB on the wire and 20 KB of JavaScript; pages come compressed; static files
/// have fingerprinted addresses and are cached for good. A byte budget, not a timing.
/// </summary>
public sealed partial class FrontEndTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    private const int FirstLoadBudget = 60 * 1024;
    private const int ScriptBudget = 20 * 1024;

    [Fact]
    public async Task MemberHome_FirstLoad_IsCompressed_Under60KbInAll_AndUnder20KbOfJavaScript()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var page = await FetchAsync(member, "/home/member");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Encoding is "br" or "gzip", "the page came uncompressed");
        var assets = References(page.Text);
        Assert.Contains(assets, a => a.Contains(".css", StringComparison.Ordinal));
        var loads = new List<Load> { page };
        foreach (var asset in assets)
        {
            var load = await FetchAsync(member, asset);
            Assert.True(load.Status == HttpStatusCode.OK, $"{asset} answered {(int)load.Status}");
            loads.Add(load);
        }

        var report = string.Join("; ", loads.Select(l => $"{l.Url} {l.WireBytes} B ({l.Encoding ?? "plain"})"));
        var onTheWire = loads.Sum(l => l.WireBytes);
        // JavaScript counted as the phone must parse it (uncompressed), the stricter measure.
        var script = loads.Where(l => l.IsScript).Sum(l => l.DecodedBytes);
        Assert.True(onTheWire < FirstLoadBudget, $"first load {onTheWire} bytes: {report}");
        Assert.True(script < ScriptBudget, $"JavaScript {script} bytes: {report}");
    }

    [Fact]
    public async Task StaticFiles_HaveFingerprintedAddresses_AreCachedForGood_AndComeCompressed()
    {
        var browser = app.NewBrowser();
        var signIn = await FetchAsync(browser, "/account/signin");
        var assets = References(signIn.Text);
        Assert.Contains(assets, a => a.Contains(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains(".js", StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            Assert.Matches(Fingerprinted(), asset);
            var load = await FetchAsync(browser, asset);
            Assert.Equal(HttpStatusCode.OK, load.Status);
            var cacheControl = load.Response.Headers.CacheControl;
            Assert.True(cacheControl?.MaxAge >= TimeSpan.FromDays(365), $"{asset}: Cache-Control {cacheControl}");
            Assert.Contains("immutable", cacheControl!.ToString(), StringComparison.Ordinal);
            Assert.False(load.Response.Headers.Contains("Set-Cookie"), $"{asset} sets a cookie");
            if (!asset.EndsWith(".svg", StringComparison.Ordinal))
            {
                Assert.True(load.Encoding is "br" or "gzip", $"{asset} came uncompressed");
            }
        }
    }

    /// <summary>A file name with the build's fingerprint before its extension: site.sghpv0pnp4.css.</summary>
    [GeneratedRegex(@"^/[^?]+\.[a-z0-9]{10}\.(css|js|svg)$")]
    private static partial Regex Fingerprinted();

    private static List<string> References(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!)
            .Concat(document.QuerySelectorAll("link[href]").Select(e => e.GetAttribute("href")!))
            .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<Load> FetchAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        var response = await client.SendAsync(request);
        var wire = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        var decoded = encoding switch
        {
            "br" => Decode(wire, s => new BrotliStream(s, CompressionMode.Decompress)),
            "gzip" => Decode(wire, s => new GZipStream(s, CompressionMode.Decompress)),
            _ => wire,
        };
        var isScript = response.Content.Headers.ContentType?.MediaType?.Contains("javascript", StringComparison.Ordinal) == true;
        return new Load(url, response, encoding, wire.Length, decoded.Length, isScript, Encoding.UTF8.GetString(decoded));
    }

    private static byte[] Decode(byte[] bytes, Func<Stream, Stream> decompress)
    {
        using var output = new MemoryStream();
        using (var stream = decompress(new MemoryStream(bytes)))
        {
            stream.CopyTo(output);
        }
        return output.ToArray();
    }

    private sealed record Load(
        string Url, HttpResponseMessage Response, string? Encoding, int WireBytes, int DecodedBytes, bool IsScript, string Text)
    {
        public HttpStatusCode Status => Response.StatusCode;
    }
}
