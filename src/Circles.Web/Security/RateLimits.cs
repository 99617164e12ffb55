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

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue("RateLimits:AuthPerIpPerMinute", 20);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Auth, context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }
}
