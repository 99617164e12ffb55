using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Circles.Tests.Shared;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Circles.Bench.Load;

/// <summary>
/// bench/run: generates data, starts the Release build of Circles on loopback as production runs it
/// (behind a proxy that ends TLS: X-Forwarded-Proto from 127.0.0.1), signs in a member, a
/// facilitator and a coordinator over HTTP, loads each page with wrk and prints one table with the
/// budgets of issue 17 beside the figures. How to read it: bench/README.md.
/// </summary>
public static partial class Harness
{
    private const string CertificatePassword = "bench key ring";

    public static async Task<int> RunAsync(string[] args)
    {
        string Option(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var size = DataSize.Named(Option("--size", "charity"));
        var databases = Option("--db", "sqlite") switch { "both" => new[] { "sqlite", "postgres" }, var one => [one] };
        var seconds = int.Parse(Option("--seconds", "10"), CultureInfo.InvariantCulture);
        var web = Path.GetFullPath(Option("--web", "bench/out/web/Circles.Web.dll"));
        var work = Path.GetFullPath(Option("--work", "bench/out/data"));
        var postgres = Option("--postgres", "Host=127.0.0.1;Port=54396;Username=postgres");
        var browser = !args.Contains("--no-browser");
        var pages = Option("--pages", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var rows = new List<string[]>();
        foreach (var database in databases)
        {
            rows.AddRange(await RunOneAsync(database, size, seconds, web, work, postgres, browser, pages));
        }
        Console.WriteLine();
        Console.WriteLine($"Circles load, {size.Name} data, wrk -t2 -c32 -d{seconds}s, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
        PrintTable(["db", "what", "req/s", "× baseline", "p50 ms", "p95 ms", "p99 ms", "alone ms", "errors", "budget", "verdict"], rows);
        return 0;
    }

    private static async Task<List<string[]>> RunOneAsync(string database, DataSize size, int seconds, string web, string work, string postgresServer, bool browser, string[] pages)
    {
        var folder = Path.Combine(work, $"{database}-{size.Name}");
        var keys = Path.Combine(folder, "keys");
        var certificatePath = Path.Combine(folder, "keyring.pfx");
        var peopleFile = Path.Combine(folder, "people.txt");
        string connection;
        if (database == "postgres")
        {
            connection = new Npgsql.NpgsqlConnectionStringBuilder(postgresServer) { Database = $"circles_bench_{size.Name}" }.ConnectionString;
        }
        else
        {
            connection = $"Data Source={Path.Combine(folder, "data", "circles.db")}";
        }

        // Generated once per database and size, then reused (the PostgreSQL server of bench/run is thrown away, so it is regenerated there).
        BenchPeople people;
        var generatedNow = false;
        if (File.Exists(peopleFile) && (database == "sqlite" || await PostgresHasAsync(connection)))
        {
            people = ReadPeople(peopleFile);
            Console.WriteLine($"[{database}] reusing the {size.Name} data in {folder}");
        }
        else
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            Directory.CreateDirectory(keys);
            WriteCertificate(certificatePath);
            var watch = Stopwatch.StartNew();
            Console.WriteLine($"[{database}] generating {size.Name} data…");
            var protector = new FieldProtector(DataProtectionProvider.Create(new DirectoryInfo(keys), b => b.SetApplicationName("Circles"),
                X509CertificateLoader.LoadPkcs12FromFile(certificatePath, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet)));
            people = await DataGenerator.GenerateAsync(
                current => NewDb(database, connection, current),
                size,
                text => protector.Protect(FieldPurposes.DirectMessageBody, text)!,
                line => Console.WriteLine($"[{database}] {line}"));
            // Closing the harness's pooled connections lets SQLite checkpoint its write-ahead log
            // into the file: part of writing the data, not of Circles' start. (It was suspected of
            // the ~25 s first start after generating; it was not that, see the first start below.)
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await File.WriteAllTextAsync(peopleFile, WritePeople(people));
            generatedNow = true;
            Console.WriteLine($"[{database}] generated in {watch.Elapsed.TotalSeconds:0} s");
        }

        var port = FreePort();
        var origin = $"http://127.0.0.1:{port}";
        // The browser's own door: https with the key ring's self-signed certificate (Chromium is
        // told to accept it), so that it gets Secure cookies and HSTS as a person's browser would.
        var browserOrigin = $"https://127.0.0.1:{FreePort()}";
        // The harness's own HTTP client is compiled and warmed first (a refused connection), so
        // that its start-up is not counted as Circles' nor competes with it for the two cores.
        var client = new Browser(origin);
        try
        {
            await client.GetAsync("/healthz", null);
        }
        catch (HttpRequestException)
        {
            // Nothing listens yet, as intended.
        }
        Process StartServer() => Process.Start(new ProcessStartInfo("dotnet", [web])
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = origin + ";" + browserOrigin,
                ["Kestrel__Certificates__Default__Path"] = certificatePath,
                ["Kestrel__Certificates__Default__Password"] = CertificatePassword,
                ["Database__Provider"] = database == "postgres" ? "Postgres" : "Sqlite",
                ["ConnectionStrings__Circles"] = connection,
                ["DataProtection__KeysFolder"] = keys,
                ["DataProtection__CertificatePath"] = certificatePath,
                ["DataProtection__CertificatePassword"] = CertificatePassword,
                ["Circles__PublicUrl"] = "https://127.0.0.1",
                ["Circles__KnownProxies__0"] = "127.0.0.1",
                ["Bench__Baseline"] = "true",
                // The load comes from one address and three people: the per-address and per-person limits would answer 429.
                ["RateLimits__AuthPerIpPerMinute"] = "1000000",
                ["RateLimits__PostsPerUserPerMinute"] = "1000000",
                ["RateLimits__HsdsApiPerIpPerMinute"] = "1000000",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        })!;
        var serverLog = new StringBuilder();
        void Capture(Process process)
        {
            process.OutputDataReceived += (_, e) => { lock (serverLog) { serverLog.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (serverLog) { serverLog.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        // "An existing database" is one Circles has already started on: right after generating,
        // a first start does its one-time work (per-organization seeding, SQLite's statistics),
        // reported apart, and the measured start is the next one.
        TimeSpan? firstStart = null;
        if (generatedNow)
        {
            var firstWatch = Stopwatch.StartNew();
            using var first = StartServer();
            Capture(first);
            firstStart = await FirstAnswerAsync(client, first, firstWatch);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Console.WriteLine($"[{database}] first start after generating: {firstStart?.TotalSeconds:0.00} s");
        }
        var start = Stopwatch.StartNew();
        using var server = StartServer();
        Capture(server);
        var rows = new List<string[]>();
        try
        {
            var startup = await FirstAnswerAsync(client, server, start);
            if (startup is null)
            {
                Console.WriteLine(serverLog.ToString());
                throw new InvalidOperationException($"[{database}] Circles did not answer /healthz within 120 s.");
            }
            Console.WriteLine($"[{database}] first answer after {startup.Value.TotalSeconds:0.00} s");

            var member = await client.SignInAsync(BenchPeople.MemberName, people.Password, null);
            var facilitator = await client.SignInAsync(BenchPeople.FacilitatorName, people.Password, people.FacilitatorKey);
            var coordinator = await client.SignInAsync(BenchPeople.CoordinatorName, people.Password, people.CoordinatorKey);
            var runPage = await client.GetAsync($"/sessions/{people.SessionId}/run", facilitator);
            var token = AntiforgeryToken(runPage.Body) ?? throw new InvalidOperationException($"No form on the session's run page ({runPage.Status}).");

            var targets = new List<Target>
            {
                new("member home", "/home/member", member, Budget: "≥ 50 % of baseline, p99 < 50 ms"),
                new("group page", $"/groups/{people.GroupId}", member, Budget: "≥ 50 % of baseline, p99 < 50 ms"),
                new("attendance POST", $"/sessions/{people.SessionId}/run?handler=Attendance", facilitator,
                    Body: $"userId={people.MemberId}&status=Present&__RequestVerificationToken={Uri.EscapeDataString(token)}"),
                new("directory search", "/directory?q=housing", member, Budget: "p95 < 30 ms"),
                new("needs queue", "/needs/triage", coordinator),
                new("impact dashboard", "/impact", coordinator, Budget: "alone < 500 ms"),
                new("HSDS API services", $"/api/hsds/{people.Slug}/services", member),
            };
            if (pages.Length > 0)
            {
                // A quick before-and-after of a few pages (bench/run --pages): the rest are left out.
                targets.RemoveAll(t => !pages.Any(p => t.Name.Contains(p, StringComparison.OrdinalIgnoreCase)));
            }
            var baseline = new Target("baseline", "/bench/baseline", member);

            // Warm-up, not recorded: every page in turn, 3 s each, until 45 s of load have passed,
            // so that .NET has recompiled the hot paths with full optimization (tiered compilation)
            // before the first baseline, as on a server that has been up a while. One round of 3 s
            // a page was not enough: the member home read 333 req/s after it and 540–650 after
            // 45 s, steady from then on (bench/README.md, 2026-12-07).
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < TimeSpan.FromSeconds(45))
            {
                foreach (var target in targets.Prepend(baseline))
                {
                    await MeasureAsync(client, target, Math.Min(seconds, 3), folder, quiet: true);
                }
            }
            var before = await MeasureAsync(client, baseline, seconds, folder);
            var results = new List<(Target Target, Measure Measure)>();
            foreach (var target in targets)
            {
                results.Add((target, await MeasureAsync(client, target, seconds, folder)));
            }
            var after = await MeasureAsync(client, baseline, seconds, folder);
            var baselineRate = (before.Rate + after.Rate) / 2;
            rows.Add(Row(database, "baseline (before the pages)", before, null, ""));
            foreach (var (target, measure) in results)
            {
                rows.Add(Row(database, target.Name, measure, measure.Rate / baselineRate, target.Budget));
            }
            rows.Add(Row(database, "baseline (after the pages)", after, null, ""));

            var rss = ResidentMegabytes(server.Id, "VmRSS");
            rows.Add(Figure(database, "memory after the load (RSS)", $"{rss:0} MB", "< 300 MB", rss < 300));
            // Where it is: the process's own memory (the GC's heap, SQLite's page caches), files
            // mapped (the assemblies), shared memory (.NET's double-mapped code, W^X).
            rows.Add(Figure(database, "  anonymous / files / shared",
                $"{ResidentMegabytes(server.Id, "RssAnon"):0} / {ResidentMegabytes(server.Id, "RssFile"):0} / {ResidentMegabytes(server.Id, "RssShmem"):0} MB", "", null));
            if (firstStart is { } once)
            {
                rows.Add(Figure(database, "first start after generating (one-time work)", $"{once.TotalSeconds:0.00} s", "", null));
            }
            rows.Add(Figure(database, "start to first answer (/healthz)", $"{startup.Value.TotalSeconds:0.00} s", "< 2 s", startup.Value.TotalSeconds < 2));
            if (browser)
            {
                try
                {
                    var page = await FirstLoad.MeasureAsync(browserOrigin, member);
                    rows.Add(Figure(database, "member home first load, compressed", $"{page.Bytes / 1024.0:0.0} KB", "< 60 KB", page.Bytes < 60 * 1024));
                    rows.Add(Figure(database, "  of which JavaScript", $"{page.ScriptBytes / 1024.0:0.0} KB", "< 20 KB", page.ScriptBytes < 20 * 1024));
                    rows.Add(Figure(database, "  largest contentful paint (slow 4G, CPU ÷4)", $"{page.LargestContentfulPaint.TotalSeconds:0.00} s", "< 2.5 s", page.LargestContentfulPaint.TotalSeconds < 2.5));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    rows.Add(Figure(database, "member home first load", "failed: " + e.Message.Split('\n')[0], "", null));
                }
            }
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
        return rows;
    }

    private static CirclesDb NewDb(string database, string connection, CurrentOrganization current) => database == "postgres"
        ? new PostgresCirclesDb(new DbContextOptionsBuilder<PostgresCirclesDb>().UseNpgsql(connection).Options, current)
        : new SqliteCirclesDb(BenchSqlite.Options(connection), current);

    private static async Task<bool> PostgresHasAsync(string connection)
    {
        try
        {
            await using var db = NewDb("postgres", connection, new CurrentOrganization());
            return await db.Database.CanConnectAsync() && await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Slug == "bench");
        }
        catch (Npgsql.NpgsqlException)
        {
            return false;
        }
    }

    private static string WritePeople(BenchPeople p) => string.Join('\n', p.Slug, p.Password, p.MemberId, p.FacilitatorId, p.FacilitatorKey, p.CoordinatorId, p.CoordinatorKey, p.GroupId, p.SessionId);

    private static BenchPeople ReadPeople(string file)
    {
        var v = File.ReadAllLines(file);
        return new BenchPeople(v[0], v[1], Guid.Parse(v[2]), Guid.Parse(v[3]), v[4], Guid.Parse(v[5]), v[6], Guid.Parse(v[7]), Guid.Parse(v[8]));
    }

    private static void WriteCertificate(string path)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Circles key ring (bench)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, CertificatePassword));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<TimeSpan?> FirstAnswerAsync(Browser client, Process server, Stopwatch since)
    {
        while (since.Elapsed < TimeSpan.FromSeconds(120) && !server.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/healthz", null)).Status == 200)
                {
                    return since.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(20);
        }
        return null;
    }

    private static double ResidentMegabytes(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    internal static string? AntiforgeryToken(string html) =>
        AntiforgeryPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    private sealed record Target(string Name, string Path, Session Session, string? Body = null, string Budget = "");

    private sealed record Measure(double Rate, double P50, double P95, double P99, double Alone, long Errors, int FirstStatus);

    private static async Task<Measure> MeasureAsync(Browser client, Target target, int seconds, string folder, bool quiet = false)
    {
        // Alone: the third of three requests one after the other (the first two warm up).
        var alone = 0.0;
        var status = 0;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = target.Body is null ? await client.GetAsync(target.Path, target.Session) : await client.PostAsync(target.Path, target.Body, target.Session);
            alone = watch.Elapsed.TotalMilliseconds;
            status = response.Status;
        }
        var script = Path.Combine(folder, "wrk.lua");
        await File.WriteAllTextAsync(script, WrkScript(target));
        var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t2", "-c32", $"-d{seconds}s", "--timeout", "30s", "-s", script, client.Origin + target.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var figures = WrkFigures().Match(output);
        if (!figures.Success)
        {
            Console.WriteLine(output + await wrk.StandardError.ReadToEndAsync());
            return new Measure(0, 0, 0, 0, alone, -1, status);
        }
        double At(string name) => double.Parse(figures.Groups[name].Value, CultureInfo.InvariantCulture);
        var measure = new Measure(At("rate"), At("p50") / 1000, At("p95") / 1000, At("p99") / 1000, alone, (long)At("errors"), status);
        if (!quiet)
        {
            Console.WriteLine($"  {target.Name}: {measure.Rate:0} req/s, p99 {measure.P99:0.0} ms, alone {alone:0.0} ms (HTTP {status})");
        }
        return measure;
    }

    [GeneratedRegex(@"BENCH rate=(?<rate>[\d.]+) p50=(?<p50>[\d.]+) p95=(?<p95>[\d.]+) p99=(?<p99>[\d.]+) errors=(?<errors>\d+)")]
    private static partial Regex WrkFigures();

    /// <summary>
    /// The signed-in cookies, the proxy's header, the form; done() prints the figures (wrk's latency
    /// is in µs). A cookie the server sends back replaces the one sent, as a browser does: Identity
    /// checks the security stamp once a minute and then renews the cookie, and a load that kept
    /// sending the old cookie would pay that check (the user, roles and claims read again, a new
    /// cookie) on every request after the first minute — 18 % of the CPU of a member home under
    /// load (bench/README.md).
    /// </summary>
    private static string WrkScript(Target target)
    {
        static string Lua(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var script = new StringBuilder();
        script.AppendLine("local cookies = {}");
        foreach (var (name, value) in target.Session.Cookies)
        {
            script.AppendLine($"cookies[{Lua(name)}] = {Lua(value)}");
        }
        script.AppendLine("wrk.headers[\"X-Forwarded-Proto\"] = \"https\"");
        script.AppendLine("wrk.headers[\"Accept-Encoding\"] = \"gzip, br\"");
        if (target.Body is not null)
        {
            script.AppendLine("wrk.method = \"POST\"");
            script.AppendLine($"wrk.body = {Lua(target.Body)}");
            script.AppendLine("wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"");
        }
        script.AppendLine("""
            local prepared
            local function prepare()
              local parts = {}
              for name, value in pairs(cookies) do parts[#parts + 1] = name .. "=" .. value end
              wrk.headers["Cookie"] = table.concat(parts, "; ")
              prepared = wrk.format()
            end
            init = function(args) prepare() end
            request = function() return prepared end
            response = function(status, headers, body)
              local set = headers["Set-Cookie"]
              if set then
                local name, value = set:match("^([^=]+)=([^;]*)")
                if name and value ~= "" and cookies[name] ~= value then
                  cookies[name] = value
                  prepare()
                end
              end
            end
            done = function(summary, latency, requests)
              local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
              io.write(string.format("BENCH rate=%.2f p50=%.1f p95=%.1f p99=%.1f errors=%d\n",
                summary.requests / (summary.duration / 1000000), latency:percentile(50), latency:percentile(95), latency:percentile(99), errors))
            end
            """);
        return script.ToString();
    }

    private static string[] Row(string database, string name, Measure m, double? ratio, string budget)
    {
        bool? verdict = budget switch
        {
            "≥ 50 % of baseline, p99 < 50 ms" => ratio >= 0.5 && m.P99 < 50,
            "p95 < 30 ms" => m.P95 < 30,
            "alone < 500 ms" => m.Alone < 500,
            _ => null,
        };
        var errors = m.Errors == 0 ? "0" : m.Errors.ToString(CultureInfo.InvariantCulture);
        if (m.FirstStatus is not (200 or 302))
        {
            errors += $" (HTTP {m.FirstStatus})";
        }
        // No request finished within the run: no percentiles to show (wrk would print 0).
        string Latency(double value) => m.Rate == 0 ? "—" : value.ToString("0.0", CultureInfo.InvariantCulture);
        return [database, name, m.Rate.ToString("0", CultureInfo.InvariantCulture), ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "",
            Latency(m.P50), Latency(m.P95), Latency(m.P99),
            m.Alone.ToString("0.0", CultureInfo.InvariantCulture), errors, budget, Verdict(verdict)];
    }

    private static string[] Figure(string database, string name, string value, string budget, bool? pass) =>
        [database, name, value, "", "", "", "", "", "", budget, Verdict(pass)];

    private static string Verdict(bool? pass) => pass switch { true => "pass", false => "OVER", null => "" };

    private static void PrintTable(string[] header, List<string[]> rows)
    {
        Console.WriteLine("| " + string.Join(" | ", header) + " |");
        Console.WriteLine("|" + string.Join("|", header.Select((_, i) => i < 2 || i >= 9 ? "---" : "---:")) + "|");
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }
    }
}

/// <summary>Cookies by hand: the server marks them Secure (it believes the proxy's https), which a cookie container would not send over http.</summary>
internal sealed class Session
{
    public Dictionary<string, string> Cookies { get; } = [];

    public string CookieHeader => string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value));
}

internal sealed record Answer(int Status, string Body, string? Location);

/// <summary>A small HTTP client that talks to Circles as the proxy would: X-Forwarded-Proto https, no redirects followed.</summary>
internal sealed class Browser(string origin)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = new Uri(origin) };

    public string Origin => origin;

    public Task<Answer> GetAsync(string path, Session? session) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path), session);

    public Task<Answer> PostAsync(string path, string form, Session session) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded") }, session);

    private async Task<Answer> SendAsync(HttpRequestMessage request, Session? session)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (session is { Cookies.Count: > 0 })
        {
            request.Headers.Add("Cookie", session.CookieHeader);
        }
        using var response = await _http.SendAsync(request);
        if (session is not null && response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = pair[..equals];
                var value = pair[(equals + 1)..];
                if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    session.Cookies.Remove(name);
                }
                else
                {
                    session.Cookies[name] = value;
                }
            }
        }
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    /// <summary>The sign-in form, then the authenticator code for staff (SEC-10), as a person would.</summary>
    public async Task<Session> SignInAsync(string userName, string password, string? authenticatorKey)
    {
        var session = new Session();
        var form = await GetAsync("/account/signin", session);
        var token = Harness.AntiforgeryToken(form.Body) ?? throw new InvalidOperationException($"No sign-in form ({form.Status}).");
        var signedIn = await PostAsync("/account/signin",
            $"Form.UserName={Uri.EscapeDataString(userName)}&Form.Password={Uri.EscapeDataString(password)}&__RequestVerificationToken={Uri.EscapeDataString(token)}", session);
        if (signedIn.Status != 302)
        {
            throw new InvalidOperationException($"Signing in {userName} answered {signedIn.Status}.");
        }
        if (authenticatorKey is not null)
        {
            var step = await GetAsync(signedIn.Location!, session);
            var stepToken = Harness.AntiforgeryToken(step.Body) ?? throw new InvalidOperationException($"No two-step form for {userName} ({step.Status}, after {signedIn.Location}).");
            var code = Totp.Code(authenticatorKey, DateTimeOffset.UtcNow);
            var done = await PostAsync(new Uri(signedIn.Location!, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(signedIn.Location!).PathAndQuery : signedIn.Location!,
                $"Code={code}&__RequestVerificationToken={Uri.EscapeDataString(stepToken)}", session);
            if (done.Status != 302)
            {
                throw new InvalidOperationException($"The second step for {userName} answered {done.Status}.");
            }
        }
        return session;
    }
}
