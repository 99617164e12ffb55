using Microsoft.AspNetCore.ResponseCompression;

namespace Circles.Web.Hosting;

/// <summary>
/// What a phone downloads (issue 17): pages compressed with Brotli or gzip, and static files from
/// the framework's MapStaticAssets: fingerprinted at build time (<c>site.{hash}.css</c>, which the
/// layout's <c>asp-append-version</c> tag helpers write), compressed at build time and cached for a
/// year (<c>immutable</c>). Budget and figures: bench/README.md, "Front-end weight".
/// </summary>
public static class FrontEndSetup
{
    /// <summary>
    /// Compression over HTTPS too. Signed-in pages carry secrets, so BREACH was checked first:
    /// docs/security.md, SEC-22 ("Compressed pages").
    /// </summary>
    public static WebApplicationBuilder AddFrontEnd(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            // Outside Development, static files behave as published even when run from a build's
            // output (tests, benchmarks): the files compressed at build time are found in obj/
            // (without this, MapStaticAssets answers them empty), and the framework's development
            // handling (re-reading changed files, compressing them on the fly uncompressed, turning
            // `immutable` into `no-cache`) stays off. A published app has neither manifest nor
            // handler: there this changes nothing. In Development, edits to wwwroot still show at once.
            builder.WebHost.UseStaticWebAssets();
            builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        }
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        return builder;
    }

    /// <summary>
    /// Static files answer here, in the routing step placed where UseStaticFiles was: short-circuited,
    /// so that, as before, they are served before anything reads the host name, the person or the
    /// organization, and need no sign-in (they hold nothing but Circles' own CSS, scripts and icons).
    /// </summary>
    public static IEndpointRouteBuilder MapFrontEnd(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStaticAssets().ShortCircuit();
        return endpoints;
    }
}
