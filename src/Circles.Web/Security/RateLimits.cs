using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Circles.Web.Security;

/// <summary>
/// SEC-13: sign-in, registration and invitation redemption are limited per client address;
/// the limit answers 429 and applies only to submissions, never to reading the form.
/// </summary>
public static class RateLimits
{
    public const string Auth = "auth";

    /// <summary>The HSDS read API (/api/hsds/…): reads per client address, so one client cannot crowd out the rest.</summary>
    public const string HsdsApi = "hsds-api";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue("RateLimits:AuthPerIpPerMinute", 20);
        var apiPerMinute = builder.Configuration.GetValue("RateLimits:HsdsApiPerIpPerMinute", 120);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Auth, context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(HsdsApi, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }
}
